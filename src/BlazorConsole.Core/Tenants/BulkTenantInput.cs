namespace BlazorConsole.Core.Tenants;

/// <summary>The input of a bulk tenant task: the action and the tenants it applies to, without duplicates.</summary>
public sealed record BulkTenantInput(BulkTenantAction Action, IReadOnlyList<Guid> TenantIds);
