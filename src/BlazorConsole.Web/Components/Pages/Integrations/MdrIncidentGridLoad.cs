namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>How a load of the synced-incidents grid ended: the matching count, or the failure to log.</summary>
public sealed record MdrIncidentGridLoad(int Total, Exception? Failure);
