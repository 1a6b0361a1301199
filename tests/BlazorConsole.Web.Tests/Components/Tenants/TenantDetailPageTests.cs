using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Pages.Tenants;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Tenants;

public sealed class TenantDetailPageTests : TenantComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        var tenant = Tenants.Add("Acme");
        TenantReads.GetGate = new TaskCompletionSource();

        var cut = RenderPage(tenant.Id);

        cut.WaitForAssertion(() => Assert.Contains("Loading the tenant", cut.Find("[role=status]").TextContent), Wait);
        TenantReads.GetGate.SetResult();
        cut.WaitForAssertion(() => Assert.Equal("Acme", cut.Find("h1").TextContent.Trim()), Wait);
    }

    [Fact]
    public void Render_UnknownTenant_ShowsNotFoundWithAWayBack()
    {
        var cut = RenderPage(Guid.NewGuid());

        cut.WaitForAssertion(() => Assert.Equal("Tenant not found", cut.Find("h1").TextContent.Trim()), Wait);
        Assert.NotNull(cut.Find("a[href='/tenants']"));
        Assert.False(HasButton(cut, "Delete"));
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorAndRetryLoadsTheTenant()
    {
        var tenant = Tenants.Add("Acme");
        TenantReads.FailNextGets = 1;

        var cut = RenderPage(tenant.Id);

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal));

        Button(cut, "Retry").Click();

        cut.WaitForAssertion(() => Assert.Equal("Acme", cut.Find("h1").TextContent.Trim()), Wait);
    }

    [Fact]
    public void Render_Tenant_ShowsItsDetailsAndVms()
    {
        var tenant = Tenants.Add("Acme", TenantStatus.Inactive, TenantType.Complete);
        tenant.Description = "First customer";
        tenant.PreferredViisAddress = "192.0.2.10";
        tenant.AdminUserName = "acme-admin";
        Vms.Add(tenant.Id, "web-01");

        var cut = RenderPage(tenant.Id);

        cut.WaitForAssertion(() => Assert.Equal("web-01", cut.Find("[data-testid=vm-name]").TextContent), Wait);
        Assert.Equal("Acme", Breadcrumb.Title);
        var details = cut.Find("[aria-label='Tenant details']").TextContent;
        foreach (var expected in new[] { "Inactive", "Complete", "First customer", "192.0.2.10", "acme-admin", "2026-01-02 03:04:05 UTC" })
        {
            Assert.Contains(expected, details, StringComparison.Ordinal);
        }

        Assert.True(HasButton(cut, "Activate"));
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Trim() == "Deactivate").HasAttribute("disabled"));
    }

    [Fact]
    public void Activate_QueuesTheTaskAndShowsItsProgressUntilItEnds()
    {
        var tenant = Tenants.Add("Acme", TenantStatus.Inactive);
        var cut = RenderPage(tenant.Id);
        cut.WaitForAssertion(() => Assert.Equal("Acme", cut.Find("h1").TextContent.Trim()), Wait);

        Button(cut, "Activate").Click();

        cut.WaitForAssertion(() => Assert.Contains("Queued", cut.Find("[data-testid=task-state]").TextContent), Wait);
        var task = Assert.Single(TaskRows.All);
        Assert.Equal((TaskTypes.ChangeTenantActivation, tenant.Id), (task.Type, task.TenantId));
        Assert.True(TaskContext.DeserializeInput<ChangeTenantActivationInput>(task.Input)!.Activate);

        tenant.Status = TenantStatus.Active;
        TaskRows.Update(task.Id, t => t.State = TaskState.Completed);

        cut.WaitForAssertion(() => Assert.Equal("Active", cut.Find("[data-testid=tenant-status]").TextContent), Wait);
        Assert.Contains("Completed", cut.Find("[data-testid=task-state]").TextContent);

        // the queued and the completed toast, each linking to the task centre
        var toasts = Services.GetRequiredService<ISnackbar>().ShownSnackbars.ToList();
        Assert.Equal(2, toasts.Count);
        Assert.Equal([Severity.Info, Severity.Success], toasts.Select(t => t.Severity));
    }

    [Fact]
    public void Delete_WrongName_ShowsTheMismatchAndKeepsDeleteDisabled()
    {
        var tenant = Tenants.Add("Acme");
        var provider = RenderDialogProvider();
        var cut = Render<TenantDetailPage>(p => p.Add(c => c.TenantId, tenant.Id));
        cut.WaitForAssertion(() => Assert.Equal("Acme", cut.Find("h1").TextContent.Trim()), Wait);

        Button(cut, "Delete").Click();
        provider.WaitForAssertion(() => Field(provider, "Type the tenant's name to confirm"), Wait);
        Field(provider, "Type the tenant's name to confirm").Input("acme");

        provider.WaitForAssertion(() => Assert.Contains("The name does not match.", provider.Markup), Wait);
        Assert.True(Button(provider, "Delete").HasAttribute("disabled"));
        Assert.DoesNotContain("virtual Administration Server, its account", provider.Markup);
        Assert.Empty(TaskRows.All);
    }

    [Fact]
    public async Task Delete_CompleteTenantWithTypedName_QueuesTheDeleteWithTheArtifactsChoice()
    {
        var tenant = Tenants.Add("Globex", TenantStatus.Active, TenantType.Complete);
        var provider = RenderDialogProvider();
        var cut = Render<TenantDetailPage>(p => p.Add(c => c.TenantId, tenant.Id));
        cut.WaitForAssertion(() => Assert.Equal("Globex", cut.Find("h1").TextContent.Trim()), Wait);
        Button(cut, "Delete").Click();
        provider.WaitForAssertion(() => Field(provider, "Type the tenant's name to confirm"), Wait);

        Field(provider, "Type the tenant's name to confirm").Input("Globex");
        Assert.Contains("Also remove the virtual Administration Server, its account and the tenant's folders in KSC", provider.Markup);
        provider.Find("input[type=checkbox]").Change(true);
        provider.WaitForAssertion(() => Assert.False(Button(provider, "Delete").HasAttribute("disabled")), Wait);
        Button(provider, "Delete").Click();

        cut.WaitForAssertion(() => Assert.Single(TaskRows.All), Wait);
        var input = TaskContext.DeserializeInput<DeleteTenantInput>(TaskRows.All[0].Input)!;
        Assert.Equal((tenant.Id, true), (input.TenantId, input.RemoveTenantArtifacts));

        await Tenants.DeleteAsync(tenant.Id, CancellationToken.None);
        TaskRows.Update(TaskRows.All[0].Id, t => t.State = TaskState.Completed);
        cut.WaitForAssertion(() => Assert.Equal("Tenant Globex was deleted", cut.Find("h1").TextContent.Trim()), Wait);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoTenantData()
    {
        var tenant = Tenants.Add("Acme");
        Authorization.SetNotAuthorized();
        var route = new RouteData(typeof(TenantDetailPage), new Dictionary<string, object?> { ["TenantId"] = tenant.Id });

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, route)
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.DoesNotContain("Acme", cut.Markup);
    }

    private IRenderedComponent<TenantDetailPage> RenderPage(Guid id) =>
        RenderWithProviders<TenantDetailPage>(p => p.Add(c => c.TenantId, id));
}
