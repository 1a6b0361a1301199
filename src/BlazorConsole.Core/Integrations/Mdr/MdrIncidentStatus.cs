namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>An incident's status as MDR names it (<c>Open</c>, <c>On hold</c>, <c>Resolved</c>, <c>Closed</c>).</summary>
public enum MdrIncidentStatus
{
    Open = 0,
    OnHold = 1,
    Resolved = 2,
    Closed = 3,
}
