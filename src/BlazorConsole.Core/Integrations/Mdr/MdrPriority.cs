namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>An incident's severity as MDR names it (<c>LOW</c>, <c>NORMAL</c>, <c>HIGH</c>).</summary>
public enum MdrPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
}
