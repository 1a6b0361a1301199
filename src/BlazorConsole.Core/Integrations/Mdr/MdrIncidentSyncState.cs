namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>Where one incident stands in the synchronisation to Autotask.</summary>
public enum MdrIncidentSyncState
{
    /// <summary>A ticket is due (after the rule's delay) and not yet created.</summary>
    Pending = 0,

    /// <summary>The ticket exists; updates become notes.</summary>
    Ticketed = 1,

    /// <summary>The ticket was set to the completed status because the incident closed.</summary>
    Completed = 2,

    /// <summary>No ticket by the rules (severity off, first seen closed) — recorded only.</summary>
    Skipped = 3,

    /// <summary>The MDR tenant is not mapped, or its console tenant has no Autotask company: mapped later, retried.</summary>
    Unmapped = 4,

    /// <summary>The last Autotask write failed; retried with backoff, or at once with Retry.</summary>
    Failed = 5,
}
