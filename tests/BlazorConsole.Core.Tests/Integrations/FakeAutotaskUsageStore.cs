using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

/// <summary>Protected days given by the test; push records with the store's claim rules.</summary>
internal sealed class FakeAutotaskUsageStore : IAutotaskUsageStore
{
    public List<VmProtectedDays> Days { get; } = [];

    public List<AutotaskUsagePush> Pushes { get; } = [];

    public Task<IReadOnlyList<VmProtectedDays>> CountProtectedDaysAsync(IReadOnlyCollection<Guid> tenantIds, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VmProtectedDays>>([.. Days.Where(d => tenantIds.Contains(d.TenantId))]);

    public Task<IReadOnlyList<UsagePeriod>> ListPeriodsAsync(Guid tenantId, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UsagePeriod>>([]);

    public Task<IReadOnlyList<AutotaskUsagePush>> ListPushesAsync(Guid integrationId, DateTime month, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutotaskUsagePush>>([.. Pushes.Where(p => p.IntegrationId == integrationId && p.Month == month)]);

    public Task<AutotaskUsagePush?> ClaimAsync(AutotaskUsagePush push, DateTime staleBefore, CancellationToken cancellationToken)
    {
        var existing = Pushes.FirstOrDefault(p => p.IntegrationId == push.IntegrationId && p.Month == push.Month && p.TenantId == push.TenantId);
        if (existing is null)
        {
            push.Id = Pushes.Count + 1;
            Pushes.Add(push);
            return Task.FromResult<AutotaskUsagePush?>(push);
        }

        if (existing.State == AutotaskUsagePushState.Failed || (existing.State == AutotaskUsagePushState.Pending && existing.Created < staleBefore))
        {
            existing.State = AutotaskUsagePushState.Pending;
            existing.Units = push.Units;
            existing.Created = push.Created;
            return Task.FromResult<AutotaskUsagePush?>(existing);
        }

        return Task.FromResult<AutotaskUsagePush?>(null);
    }

    public Task CompleteAsync(AutotaskUsagePush push, CancellationToken cancellationToken) => Task.CompletedTask;
}
