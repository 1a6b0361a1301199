namespace BlazorConsole.Core.Access;

/// <summary>What an administrator gives to create an API connection.</summary>
public sealed record NewApiConnection(string? Name, string? Role, bool AllTenants, IReadOnlyCollection<Guid> TenantIds, DateTime? Expires);
