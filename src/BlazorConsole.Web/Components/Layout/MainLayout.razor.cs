using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>The console shell: app bar, navigation drawer, dark mode that follows the OS, and the error boundary.</summary>
public sealed partial class MainLayout
{
    private MudThemeProvider? _themeProvider;
    private ConsoleErrorBoundary? _errorBoundary;
    private bool _isDarkMode;
    private bool _drawerOpen = true;
    private string? _userName;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // a new page gets a fresh chance after a failure on the previous one
        _errorBoundary?.Recover();
        if (AuthenticationState is not null)
        {
            var user = (await AuthenticationState).User;
            _userName = user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _themeProvider is not null)
        {
            _isDarkMode = await _themeProvider.GetSystemDarkModeAsync();
            await _themeProvider.WatchSystemDarkModeAsync(OnSystemDarkModeChangedAsync);
            StateHasChanged();
        }
    }

    private Task OnSystemDarkModeChangedAsync(bool isDarkMode)
    {
        _isDarkMode = isDarkMode;
        return InvokeAsync(StateHasChanged);
    }

    private void SetDarkMode(bool isDarkMode) => _isDarkMode = isDarkMode;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
