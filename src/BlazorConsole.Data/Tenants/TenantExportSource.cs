using System.Runtime.CompilerServices;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Tenants;

/// <summary>Streams the tenant list's view row by row from one query (no paging, nothing buffered).</summary>
internal sealed class TenantExportSource(IDbContextFactory<ConsoleDbContext> factory) : ITenantExportSource
{
    public async IAsyncEnumerable<TenantSummary> StreamAsync(TenantQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var tenants = TenantListQuery.Filter(db.Tenants.AsNoTracking(), query);
        var rows = TenantListQuery.Order(TenantListQuery.WithVmCount(db, tenants), query).AsAsyncEnumerable().WithCancellation(cancellationToken);
        await foreach (var row in rows)
        {
            yield return row.ToSummary();
        }
    }
}
