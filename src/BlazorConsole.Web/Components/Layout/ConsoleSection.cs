namespace BlazorConsole.Web.Components.Layout;

/// <summary>A section of the navigation drawer; <see cref="Href"/> is null until its pages exist.</summary>
public sealed record ConsoleSection(string Title, string Icon, string? Href);
