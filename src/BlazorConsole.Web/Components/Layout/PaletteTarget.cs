namespace BlazorConsole.Web.Components.Layout;

/// <summary>Where the command palette can go: a page or a tenant, with its label and icon.</summary>
public sealed record PaletteTarget(string Label, string Href, string Icon);
