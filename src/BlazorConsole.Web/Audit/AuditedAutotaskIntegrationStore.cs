using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Records Autotask integrations added, changed and removed, with a before/after summary of their settings; the
/// secret and the integration code are never part of it.
/// </summary>
internal sealed class AuditedAutotaskIntegrationStore(IAutotaskIntegrationStore inner, AuditService audit) : IAutotaskIntegrationStore
{
    public const string AddedAction = "autotask.integration-added";
    public const string UpdatedAction = "autotask.integration-changed";
    public const string DeletedAction = "autotask.integration-deleted";

    public Task<AutotaskIntegration?> GetAsync(Guid id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<(AutotaskIntegration Integration, int MappedCount)>> ListAsync(CancellationToken cancellationToken) =>
        inner.ListAsync(cancellationToken);

    public async Task AddAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integration);
        await inner.AddAsync(integration, cancellationToken);
        await audit.RecordAsync(AddedAction, Target(integration), new { after = Summary(integration) }, cancellationToken);
    }

    public async Task<bool> UpdateAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integration);
        var before = await inner.GetAsync(integration.Id, cancellationToken);
        var updated = await inner.UpdateAsync(integration, cancellationToken);
        if (updated)
        {
            await audit.RecordAsync(UpdatedAction, Target(integration), new { before = Summary(before), after = Summary(integration) }, cancellationToken);
        }

        return updated;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var before = await inner.GetAsync(id, cancellationToken);
        var deleted = await inner.DeleteAsync(id, cancellationToken);
        if (deleted)
        {
            await audit.RecordAsync(DeletedAction, new AuditTarget("AutotaskIntegration", id.ToString(), before?.Name), new { before = Summary(before) }, cancellationToken);
        }

        return deleted;
    }

    private static AuditTarget Target(AutotaskIntegration integration) => new("AutotaskIntegration", integration.Id.ToString(), integration.Name);

    private static object? Summary(AutotaskIntegration? integration) => integration is null
        ? null
        : new
        {
            integration.Name,
            integration.UserName,
            Status = integration.Status.ToString(),
            integration.ZoneName,
            integration.ManagedAccountsLimit,
            UsageRule = integration.UsageRule.ToString(),
            integration.MinimumDays,
            integration.BillingServiceId,
            integration.MonthlyPush,
        };
}
