namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>What one push did for each mapped tenant.</summary>
/// <param name="Sent">Tenants whose units Autotask now has (an adjustment sent, or none needed).</param>
/// <param name="Skipped">Tenants not sent: pushed before, being pushed elsewhere, or nothing to push to (the line says why).</param>
/// <param name="Failed">Tenants whose push failed; they are tried again by the next push or the schedule.</param>
public sealed record UsagePushOutcome(UsageMonth Month, IReadOnlyList<AutotaskUsagePush> Sent, IReadOnlyList<string> Skipped, IReadOnlyList<AutotaskUsagePush> Failed)
{
    /// <summary>Nothing needed sending: every mapped tenant was pushed before.</summary>
    public bool NothingToDo => Sent.Count == 0 && Failed.Count == 0;
}
