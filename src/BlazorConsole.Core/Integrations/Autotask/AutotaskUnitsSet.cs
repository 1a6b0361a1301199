namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The outcome of setting a contract service's unit count: what it was, what it is now, and whether an adjustment was sent.</summary>
public sealed record AutotaskUnitsSet(int PreviousUnits, int Units, bool Adjusted);
