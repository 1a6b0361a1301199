using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// The current actor for the audit log, carried with the async flow: the request middleware and the circuit
/// handler set it around each request or circuit activity; work started by nobody (workers) acts as the system.
/// </summary>
public sealed class AuditContextAccessor : IAuditContext
{
    private static readonly AsyncLocal<Actor?> CurrentActor = new();

    public Actor Current => CurrentActor.Value ?? AuditActor.System;

    /// <summary>Makes <paramref name="actor"/> current until the returned scope is disposed.</summary>
    public static IDisposable Use(Actor actor)
    {
        var previous = CurrentActor.Value;
        CurrentActor.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(Actor? previous) : IDisposable
    {
        public void Dispose() => CurrentActor.Value = previous;
    }
}
