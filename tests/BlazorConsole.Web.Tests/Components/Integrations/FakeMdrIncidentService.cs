using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Tests.Components.Integrations;

/// <summary>An in-memory <see cref="IMdrIncidentService"/>: filters and pages its rows as a store would, records calls.</summary>
public sealed class FakeMdrIncidentService : IMdrIncidentService
{
    public List<MdrSyncedIncidentView> Incidents { get; } = [];

    public List<MdrIncidentFilter> Filters { get; } = [];

    public List<Guid> Retried { get; } = [];

    public int RetryFailedCalls { get; private set; }

    public int SyncCalls { get; private set; }

    public int FailNextLists { get; set; }

    public MdrSyncOutcome Outcome { get; set; } = new(3, 1, 2, 0, 0);

    public Task<Page<MdrSyncedIncidentView>> ListAsync(Guid connectionId, MdrIncidentFilter filter, CancellationToken cancellationToken)
    {
        Filters.Add(filter);
        if (FailNextLists > 0)
        {
            FailNextLists--;
            throw new InvalidOperationException("database down");
        }

        var matching = Incidents
            .Where(i => filter.State is null || i.State == filter.State)
            .Where(i => filter.Search is null || i.IncidentId.Contains(filter.Search, StringComparison.OrdinalIgnoreCase) || i.Summary.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return Task.FromResult(new Page<MdrSyncedIncidentView>([.. matching.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)], matching.Count));
    }

    public Task<Result> RetryAsync(Guid connectionId, Guid syncedIncidentId, CancellationToken cancellationToken)
    {
        Retried.Add(syncedIncidentId);
        return Task.FromResult(Result.Success());
    }

    public Task<Result<int>> RetryFailedAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        RetryFailedCalls++;
        return Task.FromResult(Result<int>.Success(Incidents.Count(i => i.State == MdrIncidentSyncState.Failed)));
    }

    public Task<Result<MdrSyncOutcome>> SyncNowAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        SyncCalls++;
        return Task.FromResult(Result<MdrSyncOutcome>.Success(Outcome));
    }

    public MdrSyncedIncidentView Add(string incidentId, MdrIncidentSyncState state, string? ticketNumber = null, string? lastError = null, int notesSent = 0, int notesPending = 0) =>
        Added(new MdrSyncedIncidentView(
            Guid.NewGuid(), incidentId, "Contoso", "Contoso", $"Suspicious activity {incidentId}", MdrPriority.High, MdrIncidentStatus.Open, state,
            ticketNumber is null ? null : 7001, ticketNumber, 175, new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 23, 15, 1, 0, TimeSpan.Zero), null, lastError is null ? 0 : 2, lastError, notesSent, notesPending));

    private MdrSyncedIncidentView Added(MdrSyncedIncidentView view)
    {
        Incidents.Add(view);
        return view;
    }
}
