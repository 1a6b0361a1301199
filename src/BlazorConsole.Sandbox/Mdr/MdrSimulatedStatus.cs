namespace BlazorConsole.Sandbox.Mdr;

/// <summary>An incident's status (<c>Open</c>, <c>On hold</c>, <c>Resolved</c>, <c>Closed</c> on the wire).</summary>
public enum MdrSimulatedStatus
{
    Open,
    OnHold,
    Resolved,
    Closed,
}
