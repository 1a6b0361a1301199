using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Audit;

/// <summary>Records MDR tenants mapped to console tenants and unmapped.</summary>
internal sealed class AuditedMdrTenantMappingStore(IMdrTenantMappingStore inner, AuditService audit) : IMdrTenantMappingStore
{
    public const string MappedAction = "mdr.tenant-mapped";
    public const string UnmappedAction = "mdr.tenant-unmapped";

    public Task<IReadOnlyList<MdrTenantMapping>> ListAsync(Guid connectionId, CancellationToken cancellationToken) => inner.ListAsync(connectionId, cancellationToken);

    public Task<MdrTenantMapping?> FindAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken) =>
        inner.FindAsync(connectionId, mdrTenantName, cancellationToken);

    public async Task<Result> AddAsync(MdrTenantMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var added = await inner.AddAsync(mapping, cancellationToken);
        if (added.IsSuccess)
        {
            await audit.RecordAsync(
                MappedAction,
                new AuditTarget("MdrConnection", mapping.ConnectionId.ToString(), mapping.MdrTenantName),
                new { after = new { mapping.MdrTenantName, mapping.TenantId } },
                cancellationToken);
        }

        return added;
    }

    public async Task<bool> DeleteAsync(Guid connectionId, string mdrTenantName, CancellationToken cancellationToken)
    {
        var before = await inner.FindAsync(connectionId, mdrTenantName, cancellationToken);
        var deleted = await inner.DeleteAsync(connectionId, mdrTenantName, cancellationToken);
        if (deleted)
        {
            await audit.RecordAsync(
                UnmappedAction,
                new AuditTarget("MdrConnection", connectionId.ToString(), before?.MdrTenantName ?? mdrTenantName),
                new { before = before is null ? null : new { before.MdrTenantName, before.TenantId } },
                cancellationToken);
        }

        return deleted;
    }
}
