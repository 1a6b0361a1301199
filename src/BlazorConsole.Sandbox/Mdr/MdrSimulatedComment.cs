namespace BlazorConsole.Sandbox.Mdr;

/// <summary>A comment on an incident; <paramref name="AuthorName"/> is a person or an API connection's name.</summary>
public sealed record MdrSimulatedComment(string CommentId, string IncidentId, string AuthorName, string Text, DateTimeOffset CreationTime);
