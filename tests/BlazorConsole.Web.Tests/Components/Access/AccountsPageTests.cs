using BlazorConsole.Core.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Pages.Access.Accounts;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Access;

/// <summary>The accounts page over the real account administration of a console on a temp SQLite database.</summary>
public sealed class AccountsPageTests : ConsoleComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly AccessHost _host = new();

    private AccountAdministration Accounts => _host.Services.GetRequiredService<AccountAdministration>();

    protected override void AddServices(IServiceCollection services) =>
        services.AddSingleton(_ => _host.Services.GetRequiredService<AccountAdministration>());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _host.Dispose();
    }

    [Fact]
    public void Render_ListsTheAdministratorWithRoleAndStatus()
    {
        var cut = RenderWithProviders<AccountsPage>();

        cut.WaitForAssertion(() => Assert.Contains(ConsoleFactory.AdminUserName, Names(cut)), Wait);
        var row = Row(cut, ConsoleFactory.AdminUserName);
        Assert.Contains(ConsoleRoles.Administrator, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_WeakPassword_ShowsThePolicyErrorAndAddsNothing()
    {
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Names(cut)), Wait);

        Field(cut, "User name").Input("olga");
        Field(cut, "Temporary password").Input("short");
        Click(cut, "Add account");

        cut.WaitForAssertion(() => Assert.Contains("at least 12 characters", cut.Find("[data-testid=accounts-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("olga", Names(cut));
    }

    [Fact]
    public void Add_ValidInput_AddsTheAccountAsOperatorAndNeverShowsThePassword()
    {
        const string password = "Operator-Passw0rd!";
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Names(cut)), Wait);

        Field(cut, "User name").Input("olga");
        Field(cut, "Temporary password").Input(password);
        Click(cut, "Add account");

        cut.WaitForAssertion(() => Assert.Contains("olga", Names(cut)), Wait);
        Assert.Contains(ConsoleRoles.Operator, Row(cut, "olga").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(password, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_EmptyUserName_ShowsTheValidationMessage()
    {
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Names(cut)), Wait);

        Click(cut, "Add account");

        cut.WaitForAssertion(() => Assert.Contains("Enter a user name.", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Single(Names(cut));
    }

    [Fact]
    public async Task Disable_ThenEnable_ChangesTheStatus()
    {
        await Accounts.CreateAsync(new NewAccount("olga", ConsoleRoles.Operator, "Operator-Passw0rd!"), "admin");
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.Contains("olga", Names(cut)), Wait);

        RowButton(cut, "Disable olga").Click();
        cut.WaitForAssertion(() => Assert.Contains("Disabled", Row(cut, "olga").TextContent, StringComparison.Ordinal), Wait);
        Assert.True((await Accounts.ListAsync()).Single(a => a.UserName == "olga").Disabled);

        RowButton(cut, "Enable olga").Click();
        cut.WaitForAssertion(() => Assert.Contains("Active", Row(cut, "olga").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void DisableOwnAccount_IsRefusedWithAClearMessage()
    {
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Names(cut)), Wait);

        RowButton(cut, "Disable admin").Click();

        cut.WaitForAssertion(() => Assert.Contains("cannot disable your own account", cut.Find("[data-testid=accounts-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Contains("Active", Row(cut, ConsoleFactory.AdminUserName).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_ShowsTheNewPasswordOnce()
    {
        await Accounts.CreateAsync(new NewAccount("olga", ConsoleRoles.Operator, "Operator-Passw0rd!"), "admin");
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.Contains("olga", Names(cut)), Wait);

        RowButton(cut, "Reset the password of olga").Click();

        cut.WaitForAssertion(() => Assert.Equal(24, cut.Find("[data-testid=new-password-value]").TextContent.Length), Wait);
        Assert.Contains("not shown again", cut.Find("[data-testid=new-password]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequireTwoStep_PerAccountAndForEveryone_AreStored()
    {
        await Accounts.CreateAsync(new NewAccount("olga", ConsoleRoles.Operator, "Operator-Passw0rd!"), "admin");
        var cut = RenderWithProviders<AccountsPage>();
        cut.WaitForAssertion(() => Assert.Contains("olga", Names(cut)), Wait);

        RowButton(cut, "Require two-step verification for olga").Click();
        cut.WaitForAssertion(() => Assert.Contains("Off (required)", Row(cut, "olga").TextContent, StringComparison.Ordinal), Wait);

        cut.Find("input[type=checkbox]").Change(true);
        cut.WaitForAssertion(() => Assert.Contains("Every account must now use two-step", cut.Find("[data-testid=accounts-notice]").TextContent, StringComparison.Ordinal), Wait);
        Assert.True(await Accounts.IsTwoStepRequiredForEveryoneAsync());
    }

    private static List<string> Names(IRenderedComponent<AccountsPage> cut) =>
        [.. cut.FindAll("[data-testid=account-name]").Select(c => c.TextContent.Trim())];

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<AccountsPage> cut, string userName) =>
        cut.FindAll("tr").Single(r => r.QuerySelector("[data-testid=account-name]")?.TextContent.Trim() == userName);

    private static AngleSharp.Dom.IElement RowButton(IRenderedComponent<AccountsPage> cut, string label) =>
        cut.FindAll("button").Single(b => b.GetAttribute("aria-label") == label);

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<AccountsPage> cut, string label)
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }

    private static void Click(IRenderedComponent<AccountsPage> cut, string text) =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();
}
