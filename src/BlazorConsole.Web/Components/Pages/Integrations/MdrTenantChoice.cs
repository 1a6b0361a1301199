namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>A console tenant offered by the MDR tenant mapping's autocomplete.</summary>
public sealed record MdrTenantChoice(Guid Id, string Name)
{
    public override string ToString() => Name;
}
