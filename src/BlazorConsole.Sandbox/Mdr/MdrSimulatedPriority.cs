namespace BlazorConsole.Sandbox.Mdr;

/// <summary>An incident's priority (<c>LOW</c>, <c>NORMAL</c>, <c>HIGH</c> on the wire).</summary>
public enum MdrSimulatedPriority
{
    Low,
    Normal,
    High,
}
