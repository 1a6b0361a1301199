using MudBlazor;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>The console's palette: the brand green on MudBlazor's defaults, light and dark.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00856f",
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
