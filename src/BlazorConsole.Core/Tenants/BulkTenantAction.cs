namespace BlazorConsole.Core.Tenants;

/// <summary>What a bulk task does to each of its tenants (one child task per tenant).</summary>
public enum BulkTenantAction
{
    /// <summary>A ChangeTenantActivation child that activates the tenant.</summary>
    Activate = 0,

    /// <summary>A ChangeTenantActivation child that deactivates the tenant.</summary>
    Deactivate = 1,

    /// <summary>A CreateTenantReport child for the tenant over the default range.</summary>
    Report = 2,
}
