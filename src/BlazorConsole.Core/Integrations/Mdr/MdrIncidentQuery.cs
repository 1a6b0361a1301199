namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// One page of <c>incidents/list</c>, always sorted by update time ascending (the synchronisation's order).
/// </summary>
/// <param name="MinUpdateTime">Only incidents updated at or after this time; null for all.</param>
/// <param name="Page">From 1.</param>
/// <param name="PageSize">1 to <see cref="MaxPageSize"/>.</param>
/// <param name="TenantNames">Only these MDR tenants; null for every tenant the connection sees.</param>
public sealed record MdrIncidentQuery(DateTimeOffset? MinUpdateTime, int Page = 1, int PageSize = MdrIncidentQuery.DefaultPageSize, IReadOnlyList<string>? TenantNames = null)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
}
