using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>A message shown above an integration page's actions.</summary>
public sealed record IntegrationNotice(Severity Severity, string Text);
