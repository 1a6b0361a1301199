namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A ticket note as the simulator holds it.</summary>
public sealed record AutotaskSimulatedNote(long Id, long TicketId, string? Title, string Description, int NoteType, int Publish, DateTimeOffset CreateDateTime);
