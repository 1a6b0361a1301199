namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>A response action MDR proposes or took for an incident (e.g. isolate a host), with its status.</summary>
public sealed record MdrResponse(string ResponseId, string Type, string Status, string? Description, DateTimeOffset CreationTime);
