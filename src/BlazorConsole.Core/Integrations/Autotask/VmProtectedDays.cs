namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>How many days of a month (UTC calendar days) a tenant's VM was protected, counted by the database.</summary>
public sealed record VmProtectedDays(Guid TenantId, Guid BiosId, string? VmName, int Days);
