namespace BlazorConsole.Core.Common;

/// <summary>One page of a server-side list and the total number of rows that match.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
