using BlazorConsole.Core.Access;

namespace BlazorConsole.Core.Audit;

/// <summary>Well-known actors.</summary>
public static class AuditActor
{
    /// <summary>The console itself: workers, retention, recovery.</summary>
    public static Actor System { get; } = new(ActorKind.System, "System", AuditChannels.System);
}
