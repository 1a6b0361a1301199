namespace BlazorConsole.Core.Tenants;

/// <summary>Input of the CreateTenant task. The administrator password is kept only encrypted.</summary>
public sealed record CreateTenantInput(
    string Name,
    string? Description,
    string? UserData,
    string? PreferredViisAddress,
    TenantType Type,
    string? AdminName,
    string? ProtectedAdminPassword);

/// <summary>Input of the ChangeTenantActivation task.</summary>
public sealed record ChangeTenantActivationInput(Guid TenantId, bool Activate);

/// <summary>Input of the DeleteTenant task.</summary>
public sealed record DeleteTenantInput(Guid TenantId, bool RemoveTenantArtifacts);
