using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Records usage pushed to Autotask: the approval of one tenant's month (the units computed, when its push is claimed)
/// and what was sent (units before and after on the contract service) or why it failed. Reads pass through.
/// </summary>
internal sealed class AuditedAutotaskUsageStore(IAutotaskUsageStore inner, AuditService audit) : IAutotaskUsageStore
{
    public const string ApprovedAction = "autotask.usage-push-approved";
    public const string PushedAction = "autotask.usage-pushed";
    public const string FailedAction = "autotask.usage-push-failed";

    public Task<IReadOnlyList<VmProtectedDays>> CountProtectedDaysAsync(IReadOnlyCollection<Guid> tenantIds, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        inner.CountProtectedDaysAsync(tenantIds, from, to, cancellationToken);

    public Task<IReadOnlyList<UsagePeriod>> ListPeriodsAsync(Guid tenantId, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        inner.ListPeriodsAsync(tenantId, from, to, cancellationToken);

    public Task<IReadOnlyList<AutotaskUsagePush>> ListPushesAsync(Guid integrationId, DateTime month, CancellationToken cancellationToken) =>
        inner.ListPushesAsync(integrationId, month, cancellationToken);

    public async Task<AutotaskUsagePush?> ClaimAsync(AutotaskUsagePush push, DateTime staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        var claimed = await inner.ClaimAsync(push, staleBefore, cancellationToken);
        if (claimed is not null)
        {
            await audit.RecordAsync(ApprovedAction, Target(claimed), new { after = Approval(claimed) }, cancellationToken);
        }

        return claimed;
    }

    public async Task CompleteAsync(AutotaskUsagePush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        await inner.CompleteAsync(push, cancellationToken);
        if (push.State == AutotaskUsagePushState.Sent)
        {
            await audit.RecordAsync(PushedAction, Target(push), new
            {
                integrationId = push.IntegrationId,
                month = Month(push),
                push.ContractId,
                push.ContractServiceId,
                before = new { units = push.PreviousUnits },
                after = new { units = push.Units },
                push.Adjusted,
                push.VmCount,
            }, cancellationToken);
        }
        else if (push.State == AutotaskUsagePushState.Failed)
        {
            await audit.RecordAsync(FailedAction, Target(push), new { integrationId = push.IntegrationId, month = Month(push), push.Units, push.ErrorCode, push.Attempts }, cancellationToken);
        }
    }

    private static AuditTarget Target(AutotaskUsagePush push) => new("Tenant", push.TenantId.ToString());

    private static string Month(AutotaskUsagePush push) => push.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static object Approval(AutotaskUsagePush push) => new
    {
        integrationId = push.IntegrationId,
        month = Month(push),
        push.CompanyId,
        push.ContractId,
        push.ContractServiceId,
        push.Units,
        push.VmCount,
        approvedBy = push.PushedBy,
    };
}
