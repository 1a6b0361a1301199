using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Web.Audit;

/// <summary>Records a tenant mapped to an Autotask company and a mapping removed, once stored; reads pass through.</summary>
internal sealed class AuditedCompanyMappingStore(ICompanyMappingStore inner, AuditService audit) : ICompanyMappingStore
{
    public const string MappedAction = "autotask.company-mapped";
    public const string UnmappedAction = "autotask.company-unmapped";

    public Task<IReadOnlyList<CompanyMapping>> ListAsync(Guid integrationId, CancellationToken cancellationToken) =>
        inner.ListAsync(integrationId, cancellationToken);

    public Task<int> CountAsync(Guid integrationId, CancellationToken cancellationToken) => inner.CountAsync(integrationId, cancellationToken);

    public async Task<Result> AddAsync(CompanyMapping mapping, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var added = await inner.AddAsync(mapping, limit, cancellationToken);
        if (added.IsSuccess)
        {
            await audit.RecordAsync(MappedAction, Target(mapping.TenantId), new { integrationId = mapping.IntegrationId, after = Summary(mapping) }, cancellationToken);
        }

        return added;
    }

    public async Task<bool> DeleteAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken)
    {
        var before = (await inner.ListAsync(integrationId, cancellationToken)).FirstOrDefault(m => m.TenantId == tenantId);
        var deleted = await inner.DeleteAsync(integrationId, tenantId, cancellationToken);
        if (deleted)
        {
            await audit.RecordAsync(UnmappedAction, Target(tenantId), new { integrationId, before = before is null ? null : Summary(before) }, cancellationToken);
        }

        return deleted;
    }

    private static AuditTarget Target(Guid tenantId) => new("Tenant", tenantId.ToString());

    private static object Summary(CompanyMapping mapping) =>
        new { mapping.CompanyId, mapping.CompanyName, mapping.Confidence, mapping.MappedBy };
}
