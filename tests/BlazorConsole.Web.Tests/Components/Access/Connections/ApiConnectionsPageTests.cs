using BlazorConsole.Core.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Pages.Access.Connections;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Access.Connections;

public sealed class ApiConnectionsPageTests : ConsoleComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public ApiConnectionsPageTests()
    {
        Authorization.SetAuthorized("admin");
        Authorization.SetRoles(ConsoleRoles.Administrator);
        Authorization.SetPolicies(AccessPolicies.Administrator);
    }

    private FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private FakeApiConnectionStore Store { get; } = new();

    private MutableScope Scope { get; } = new();

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        Store.ReadGate = new TaskCompletionSource();

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("Loading the API connections", cut.Find("[role=status]").TextContent), Wait);
        Assert.Empty(cut.FindAll("table"));
        Store.ReadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Contains("No API connections yet", cut.Markup), Wait);
    }

    [Fact]
    public void Render_NoConnections_ShowsTheEmptyStateAndTheCreateButton()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("No API connections yet", cut.Find(".console-state").TextContent), Wait);
        Assert.Contains(cut.FindAll("button"), b => b.TextContent.Trim() == "New API connection");
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryShowsTheList()
    {
        Store.Connections.Add(Connection("billing"));
        Store.FailNextReads = 1;

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal) && e.Exception is InvalidOperationException);

        Click(cut, "Retry");

        cut.WaitForAssertion(() => Assert.Equal("billing", cut.Find("[data-testid=connection-name]").TextContent.Trim()), Wait);
    }

    [Fact]
    public void Render_Connections_ShowsRoleScopeExpiryUseAndStatus()
    {
        var acme = Tenants.Add("Acme");
        var active = Connection("billing", ConsoleRoles.Operator, lastUsed: Now.AddHours(-1));
        Store.Use[active.Id] = [new ApiEndpointUse("GET /api/2.0/tenants", 12, Now.AddHours(-1)), new ApiEndpointUse("POST /api/2.0/token", 3, Now.AddHours(-2))];
        var scoped = Connection("acme-reader", tenantIds: [acme.Id]);
        scoped.Revoked = Now.AddMinutes(-5);
        var expired = Connection("old", expires: Now.AddDays(-1));
        var idle = Connection("forgotten", created: Now.AddDays(-200));
        Store.Connections.AddRange([active, scoped, expired, idle]);

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr").Count), Wait);
        var rows = cut.FindAll("tbody tr").ToDictionary(r => r.QuerySelector("[data-testid=connection-name]")!.TextContent.Trim());
        Assert.Contains("Operator", rows["billing"].TextContent, StringComparison.Ordinal);
        Assert.Equal("All tenants", rows["billing"].QuerySelector("[data-testid=connection-scope]")!.TextContent.Trim());
        Assert.Contains("GET /api/2.0/tenants × 12", rows["billing"].QuerySelector("[data-testid=connection-use]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-23 09:00 UTC", rows["billing"].TextContent, StringComparison.Ordinal);
        Assert.Equal("Acme", rows["acme-reader"].QuerySelector("[data-testid=connection-scope]")!.TextContent.Trim());
        Assert.Contains("never", rows["acme-reader"].TextContent, StringComparison.Ordinal);
        Assert.Equal("Active", Status(rows["billing"]));
        Assert.Equal("Revoked", Status(rows["acme-reader"]));
        Assert.Equal("Expired", Status(rows["old"]));
        Assert.Equal("Idle", Status(rows["forgotten"]));
        Assert.Null(rows["acme-reader"].QuerySelector("button"));
        Assert.NotNull(rows["billing"].QuerySelector("button[aria-label='Revoke billing']"));
    }

    [Fact]
    public void Create_WithoutAName_ShowsTheMessageAndCreatesNothing()
    {
        var cut = RenderPage();
        var dialogs = Render<MudDialogProvider>();
        cut.WaitForAssertion(() => Assert.Contains("No API connections yet", cut.Markup), Wait);

        Click(cut, "New API connection");
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")), Wait);
        Click(dialogs, "Create");

        dialogs.WaitForAssertion(() => Assert.Equal("Give the connection a name.", dialogs.Find("[data-testid=connection-error]").TextContent.Trim()), Wait);
        Assert.Empty(Store.Connections);
        Assert.Empty(dialogs.FindAll("[data-testid=refresh-token]"));
    }

    [Fact]
    public void Create_Valid_ShowsTheRefreshTokenOnceWithAWarningThenListsTheConnection()
    {
        var cut = RenderPage();
        var dialogs = Render<MudDialogProvider>();
        cut.WaitForAssertion(() => Assert.Contains("No API connections yet", cut.Markup), Wait);

        Click(cut, "New API connection");
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")), Wait);
        Field(dialogs, "Name").Input("billing script");
        Click(dialogs, "Create");

        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[data-testid=refresh-token]")), Wait);
        var token = dialogs.Find("input[data-testid=refresh-token]").GetAttribute("value")!;
        Assert.Contains("shown only this once", dialogs.Find("[data-testid=token-warning]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(dialogs.Find("button[aria-label='Copy the refresh token']"));
        var created = Assert.Single(Store.Connections);
        Assert.Equal(ApiConnectionService.HashOf(token), created.RefreshTokenHash);
        Assert.Equal(ConsoleRoles.Auditor, created.Role);
        Assert.True(created.AllTenants);
        Assert.Equal(Now.AddDays(90), created.Expires);
        Assert.Equal("admin", created.CreatedBy);

        Click(dialogs, "I have copied it");

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")), Wait);
        cut.WaitForAssertion(() => Assert.Equal("billing script", cut.Find("[data-testid=connection-name]").TextContent.Trim()), Wait);
        Assert.DoesNotContain(token, cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(token, dialogs.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_Confirmed_RevokesAndShowsTheConnectionRevoked()
    {
        var connection = Connection("billing");
        Store.Connections.Add(connection);
        var cut = RenderPage();
        var dialogs = Render<MudDialogProvider>();
        cut.WaitForAssertion(() => Assert.Equal("Active", Status(cut.Find("tbody tr"))), Wait);

        cut.Find("button[aria-label='Revoke billing']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("stops working at once", dialogs.Markup, StringComparison.Ordinal), Wait);
        Click(dialogs, "Revoke");

        cut.WaitForAssertion(() => Assert.Equal("Revoked", Status(cut.Find("tbody tr"))), Wait);
        Assert.Equal(Now, connection.Revoked);
        Assert.Contains("is revoked", cut.Find("[data-testid=connections-notice]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_Canceled_ChangesNothing()
    {
        var connection = Connection("billing");
        Store.Connections.Add(connection);
        var cut = RenderPage();
        var dialogs = Render<MudDialogProvider>();
        cut.WaitForAssertion(() => Assert.Equal("Active", Status(cut.Find("tbody tr"))), Wait);

        cut.Find("button[aria-label='Revoke billing']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("stops working at once", dialogs.Markup, StringComparison.Ordinal), Wait);
        Click(dialogs, "Cancel");

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("stops working at once", dialogs.Markup, StringComparison.Ordinal), Wait);
        Assert.Null(connection.Revoked);
        Assert.Equal("Active", Status(cut.Find("tbody tr")));
    }

    [Fact]
    public void Render_NotAnAdministrator_ShowsDeniedAndReadsNothing()
    {
        Store.Connections.Add(Connection("billing"));
        Authorization.SetAuthorized("olga");
        Authorization.SetRoles(ConsoleRoles.Operator);
        Authorization.SetPolicies(AccessPolicies.Operator);
        Scope.Current = new AccessScope(ConsoleRoles.Operator, true, new HashSet<Guid>());

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("Only an administrator", cut.Find("[data-testid=connections-denied]").TextContent, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("billing", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "New API connection");
        Assert.Equal(0, Store.Reads);
    }

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IApiConnectionStore>(Store);
        services.AddSingleton<IAccessScope>(Scope);
        services.AddSingleton(Options.Create(new ApiTokenOptions()));
        services.AddSingleton<ApiConnectionRevocations>();
        services.AddSingleton<ApiConnectionService>();
    }

    private IRenderedComponent<ApiConnectionsPage> RenderPage() => RenderWithProviders<ApiConnectionsPage>();

    private ApiConnection Connection(string name, string role = ConsoleRoles.Auditor, Guid[]? tenantIds = null, DateTime? expires = null, DateTime? created = null, DateTime? lastUsed = null) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Role = role,
        AllTenants = tenantIds is null,
        TenantIds = [.. tenantIds ?? []],
        Created = created ?? Now.AddDays(-1),
        CreatedBy = "admin",
        Expires = expires ?? Now.AddDays(30),
        LastUsed = lastUsed,
        RefreshTokenHash = ApiConnectionService.HashOf(name),
    };

    private static string? Status(AngleSharp.Dom.IElement row) => row.QuerySelector("[data-testid=connection-status]")?.GetAttribute("data-status");

    private static void Click<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    private static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }

    private sealed class MutableScope : IAccessScope
    {
        public AccessScope Current { get; set; } = AccessScope.System;
    }
}
