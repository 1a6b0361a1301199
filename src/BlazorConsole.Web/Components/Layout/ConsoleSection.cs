namespace BlazorConsole.Web.Components.Layout;

/// <summary>
/// A section of the navigation drawer; <see cref="Href"/> is null until its pages exist. <see cref="Roles"/> lists the
/// roles that may use it; null: every signed-in user.
/// </summary>
public sealed record ConsoleSection(string Title, string Icon, string? Href, IReadOnlyList<string>? Roles = null);
