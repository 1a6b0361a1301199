namespace BlazorConsole.Sandbox.Mdr;

/// <summary>The filters of <c>incidents/list</c> and <c>incidents/count</c> (times in epoch milliseconds, inclusive).</summary>
internal sealed record MdrIncidentSearch(
    long? MinUpdateTime,
    long? MaxUpdateTime,
    long? MinCreationTime,
    IReadOnlyList<MdrSimulatedStatus>? Statuses,
    IReadOnlyList<MdrSimulatedPriority>? Priorities,
    IReadOnlyList<string>? TenantNames,
    string? SearchPhrase)
{
    public bool Matches(MdrSimulatedIncident incident)
    {
        var updated = incident.UpdateTime.ToUnixTimeMilliseconds();
        var created = incident.CreationTime.ToUnixTimeMilliseconds();
        return (MinUpdateTime is null || updated >= MinUpdateTime)
            && (MaxUpdateTime is null || updated <= MaxUpdateTime)
            && (MinCreationTime is null || created >= MinCreationTime)
            && (Statuses is not { Count: > 0 } || Statuses.Contains(incident.Status))
            && (Priorities is not { Count: > 0 } || Priorities.Contains(incident.Priority))
            && (TenantNames is not { Count: > 0 } || TenantNames.Contains(incident.TenantName, StringComparer.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(SearchPhrase) || Contains(incident, SearchPhrase.Trim()));
    }

    private static bool Contains(MdrSimulatedIncident incident, string phrase) =>
        incident.IncidentId.Contains(phrase, StringComparison.OrdinalIgnoreCase)
        || incident.Summary.Contains(phrase, StringComparison.OrdinalIgnoreCase)
        || (incident.Description?.Contains(phrase, StringComparison.OrdinalIgnoreCase) ?? false)
        || incident.AffectedHosts.Any(host => host.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
