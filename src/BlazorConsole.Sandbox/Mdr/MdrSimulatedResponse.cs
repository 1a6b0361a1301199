namespace BlazorConsole.Sandbox.Mdr;

/// <summary>A response action proposed for an incident; <paramref name="Status"/> is <c>Waiting</c>, <c>Confirmed</c> or <c>Declined</c>.</summary>
public sealed record MdrSimulatedResponse(string ResponseId, string IncidentId, string Type, string Status, string? Description, DateTimeOffset CreationTime, string? Comment);
