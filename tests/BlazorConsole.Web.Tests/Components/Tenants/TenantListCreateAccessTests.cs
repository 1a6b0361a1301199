using BlazorConsole.Core.Access;
using BlazorConsole.Testing.Access;
using BlazorConsole.Web.Components.Pages.Tenants;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Tenants;

/// <summary>The New tenant button is offered only to principals that may create a tenant (Operator or above, all tenants).</summary>
public sealed class TenantListCreateAccessTests : TenantComponentTest
{
    private readonly TestAccessScope _access = new();

    protected override void AddServices(IServiceCollection services) => services.AddSingleton<IAccessScope>(_access);

    [Theory]
    [InlineData("ScopedOperator")]
    [InlineData("ScopedAdministrator")]
    [InlineData("Auditor")]
    public void NewTenant_PrincipalThatMayNotCreate_DisabledWithTheReason(string principal)
    {
        _access.ActAs(principal);
        Tenants.Add("Acme");

        var cut = RenderWithProviders<TenantListPage>();

        var button = Button(cut, "New tenant");
        Assert.True(button.HasAttribute("disabled"));
        Assert.Equal(TenantListPage.CreateNeedsAllTenants, button.GetAttribute("title"));
    }

    [Fact]
    public void EmptyList_PrincipalThatMayNotCreate_ExplainsInsteadOfOfferingTheFirstTenant()
    {
        _access.ActAs("ScopedOperator");

        var cut = RenderWithProviders<TenantListPage>();

        cut.WaitForAssertion(() => Assert.Equal(TenantListPage.CreateNeedsAllTenants, cut.Find("[data-testid=create-needs-all-tenants]").TextContent), Wait);
        Assert.False(HasButton(cut, "Create the first tenant"));
    }

    [Theory]
    [InlineData("Operator")]
    [InlineData("Administrator")]
    public void NewTenant_OperatorOfAllTenants_OpensTheDialog(string principal)
    {
        _access.ActAs(principal);
        var dialogs = RenderDialogProvider();
        var cut = Render<TenantListPage>();

        var button = Button(cut, "New tenant");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Null(button.GetAttribute("title"));
        button.Click();

        dialogs.WaitForAssertion(() => Assert.Contains("New tenant", dialogs.Find("[role=dialog]").TextContent), Wait);
    }
}
