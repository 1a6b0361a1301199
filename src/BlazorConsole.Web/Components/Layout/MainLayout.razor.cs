using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>
/// The console shell: app bar, navigation drawer, breadcrumbs, dark mode (the operating system's until the user
/// chooses, then the user's choice, kept in this browser), keyboard shortcuts ("/" and Ctrl+K), the command palette
/// and the error boundary.
/// </summary>
public sealed partial class MainLayout(IJSRuntime js) : IAsyncDisposable
{
    /// <summary>The shell's script module, served from the console's assets.</summary>
    public const string ShellModule = "/assets/js/console-shell.js";

    private MudThemeProvider? _themeProvider;
    private ConsoleErrorBoundary? _errorBoundary;
    private IJSObjectReference? _module;
    private DotNetObjectReference<MainLayout>? _self;
    private bool _isDarkMode;
    private bool _followsSystem = true;
    private bool _drawerOpen = true;
    private bool _paletteOpen;
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
        if (!firstRender)
        {
            return;
        }

        _module = await js.InvokeAsync<IJSObjectReference?>("import", ShellModule);
        var chosen = _module is null ? null : await _module.InvokeAsync<string?>("readTheme");
        if (chosen is "dark" or "light")
        {
            _followsSystem = false;
            _isDarkMode = chosen == "dark";
        }
        else if (_themeProvider is not null)
        {
            _isDarkMode = await _themeProvider.GetSystemDarkModeAsync();
        }

        if (_themeProvider is not null)
        {
            await _themeProvider.WatchSystemDarkModeAsync(OnSystemDarkModeChangedAsync);
        }

        if (_module is not null)
        {
            _self = DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("startShortcuts", _self);
        }

        StateHasChanged();
    }

    /// <summary>Called by the shell script on Ctrl+K.</summary>
    [JSInvokable]
    public Task OpenPalette() => InvokeAsync(async () =>
    {
        _paletteOpen = true;
        StateHasChanged();
        await FocusPaletteAsync();
    });

    private async Task OpenPaletteFromButtonAsync()
    {
        _paletteOpen = true;
        StateHasChanged();
        await FocusPaletteAsync();
    }

    private async Task FocusPaletteAsync()
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("focusPalette");
        }
    }

    private Task OnSystemDarkModeChangedAsync(bool isDarkMode)
    {
        if (!_followsSystem)
        {
            return Task.CompletedTask;
        }

        _isDarkMode = isDarkMode;
        return InvokeAsync(StateHasChanged);
    }

    private async Task SetDarkModeAsync(bool isDarkMode)
    {
        _isDarkMode = isDarkMode;
        _followsSystem = false;
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("writeTheme", isDarkMode ? "dark" : "light");
        }
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stopShortcuts");
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // the circuit is gone: so is the page and its listeners
            }
        }

        _self?.Dispose();
    }
}
