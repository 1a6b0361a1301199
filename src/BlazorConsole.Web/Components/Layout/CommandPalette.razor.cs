using System.Security.Claims;
using BlazorConsole.Core.Tenants;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>
/// Ctrl+K: jump to a page or to a tenant by name. Tenants are searched on the server (the same query as the tenant
/// list, at most <see cref="MaxTenants"/>); pages are the drawer's sections that exist and the user may open.
/// </summary>
public sealed partial class CommandPalette(TenantService tenants, NavigationManager navigation, ILogger<CommandPalette> logger)
{
    public const int MaxTenants = 10;

    private readonly DialogOptions _options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, Position = DialogPosition.TopCenter, DefaultFocus = DefaultFocus.None };
    private List<PaletteTarget> _targets = [];
    private ClaimsPrincipal? _user;
    private string? _text;
    private bool _failed;
    private int _search;

    [Parameter]
    public bool Visible { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter]
    public EventCallback<bool> VisibleChanged { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _user = AuthenticationState is null ? null : (await AuthenticationState).User;
        if (!Visible)
        {
            // opened again, the palette starts empty
            _text = null;
            _failed = false;
            _targets = Pages(null);
        }
    }

    private async Task OnTextChangedAsync(string? text)
    {
        _text = text;
        var search = ++_search;
        var pages = Pages(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            (_targets, _failed) = (pages, false);
            return;
        }

        try
        {
            var found = await tenants.ListAsync(new TenantQuery { Search = text.Trim(), Take = MaxTenants }, CancellationToken.None);
            if (search != _search)
            {
                return;
            }

            _failed = false;
            _targets = [.. pages, .. found.Items.Select(t => new PaletteTarget($"Tenant: {t.Tenant.Name}", $"/tenants/{t.Tenant.Id}", Icons.Material.Filled.Business))];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSearchFailed(logger, exception);
            (_targets, _failed) = (pages, true);
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter" && _targets.Count > 0)
        {
            await GoAsync(_targets[0]);
        }
    }

    private async Task GoAsync(PaletteTarget target)
    {
        Visible = false;
        await VisibleChanged.InvokeAsync(false);
        navigation.NavigateTo(target.Href);
    }

    /// <summary>The drawer's sections the user may open whose title holds <paramref name="text"/>.</summary>
    private List<PaletteTarget> Pages(string? text) =>
    [
        .. NavMenu.VisibleTo(_user)
            .Where(s => s.Href is not null && (string.IsNullOrWhiteSpace(text) || s.Title.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Select(s => new PaletteTarget(s.Title, s.Href!, s.Icon)),
    ];

    [LoggerMessage(Level = LogLevel.Warning, Message = "The command palette could not search tenants")]
    private static partial void LogSearchFailed(ILogger logger, Exception exception);
}
