namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>What one synchronisation pass did.</summary>
public sealed record MdrSyncOutcome(int IncidentsRead, int TicketsCreated, int NotesAdded, int TicketsCompleted, int Failures);
