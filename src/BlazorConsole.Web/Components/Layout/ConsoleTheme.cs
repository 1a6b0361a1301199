using MudBlazor;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>The console's palette: the brand green on MudBlazor's defaults, light and dark.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            // darker than MudBlazor's defaults, so that text in these colours meets WCAG AA (4.5:1) on white and on
            // the tinted background of the active navigation link
            Primary = "#00735f",
            Secondary = "#ad1457",
            Success = "#2e7d32",
            Info = "#01579b",
            Warning = "#8a5300",
            Error = "#c62828",
            AppbarBackground = "#1d2b36",
            AppbarText = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#2cc4a8",
            AppbarBackground = "#15202a",
            AppbarText = "#e6edf3",
        },
    };
}
