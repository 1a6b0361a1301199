namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>A comment on an incident (the communication thread).</summary>
public sealed record MdrComment(string CommentId, string AuthorName, string Text, DateTimeOffset CreationTime);
