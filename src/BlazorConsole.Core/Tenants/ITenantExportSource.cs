namespace BlazorConsole.Core.Tenants;

/// <summary>The tenant list as a stream, for exports that must not hold every tenant in memory.</summary>
public interface ITenantExportSource
{
    /// <summary>Every tenant matching the query's search and filters, in its order (Skip and Take are ignored), streamed.</summary>
    IAsyncEnumerable<TenantSummary> StreamAsync(TenantQuery query, CancellationToken cancellationToken);
}
