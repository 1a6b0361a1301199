namespace BlazorConsole.Web.Components.Pages.Reports;

/// <summary>A tenant offered by the report form's autocomplete.</summary>
public sealed record TenantOption(Guid Id, string Name)
{
    public override string ToString() => Name;
}
