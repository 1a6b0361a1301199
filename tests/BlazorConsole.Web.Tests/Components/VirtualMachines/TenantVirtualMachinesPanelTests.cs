using BlazorConsole.Core.Protection;
using BlazorConsole.Web.Components.Pages.VirtualMachines;
using BlazorConsole.Web.Tests.Components.Tenants;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.VirtualMachines;

public sealed class TenantVirtualMachinesPanelTests : TenantComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        var tenant = Tenants.Add("Acme");
        Vms.Add(tenant.Id, "web-01");
        Vms.ListGate = new TaskCompletionSource();

        var cut = RenderPanel(tenant.Id);

        cut.WaitForAssertion(() => Assert.Contains("Loading virtual machines", cut.Find("[role=status]").TextContent), Wait);
        Vms.ListGate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=vm-name]")), Wait);
    }

    [Fact]
    public void Render_NoVms_ShowsTheEmptyStateAndTheRegisterAction()
    {
        var tenant = Tenants.Add("Acme");

        var cut = RenderPanel(tenant.Id);

        cut.WaitForAssertion(() => Assert.Contains("No virtual machine is registered in this tenant yet.", cut.Markup), Wait);
        Assert.True(HasButton(cut, "Register VM"));
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorAndRetryLoads()
    {
        var tenant = Tenants.Add("Acme");
        Vms.Add(tenant.Id, "web-01");
        Vms.FailNextLists = 1;

        var cut = RenderPanel(tenant.Id);

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        Button(cut, "Retry").Click();
        cut.WaitForAssertion(() => Assert.Equal("web-01", cut.Find("[data-testid=vm-name]").TextContent), Wait);
    }

    [Fact]
    public void Search_ByPartOfTheBiosId_QueriesTheStoreWithIt()
    {
        var tenant = Tenants.Add("Acme");
        Vms.Add(tenant.Id, "web-01", Guid.Parse("4c4c4544-0042-3510-8058-b4c04f4e3232"));
        Vms.Add(tenant.Id, "db-01");
        var cut = RenderPanel(tenant.Id);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=vm-name]").Count), Wait);

        cut.Find("input[aria-label='Search virtual machines']").Input("b4c04f");

        cut.WaitForAssertion(() => Assert.Equal(["web-01"], cut.FindAll("[data-testid=vm-name]").Select(c => c.TextContent)), Wait);
        Assert.Equal("b4c04f", Vms.ListQueries[^1].Search);
        Assert.Equal(tenant.Id, Vms.ListQueries[^1].TenantId);
    }

    [Fact]
    public void Register_BadBiosId_ShowsTheValidatorsMessageAndRegistersNothing()
    {
        var tenant = Tenants.Add("Acme");
        var provider = RenderDialogProvider();
        var cut = Render<TenantVirtualMachinesPanel>(p => p.Add(c => c.TenantId, tenant.Id));
        Button(cut, "Register VM").Click();
        provider.WaitForAssertion(() => Field(provider, "BIOS ID"), Wait);

        Field(provider, "BIOS ID").Change("not-a-uuid");
        Button(provider, "Register").Click();

        provider.WaitForAssertion(() => Assert.Contains("The BIOS ID must be a UUID", provider.Markup), Wait);
        Assert.Empty(Vms.Of(tenant.Id));
    }

    [Fact]
    public void Register_TwoVmsThenUnregisterOne_AfterConfirmation()
    {
        var tenant = Tenants.Add("Acme");
        var taken = Tenants.Add("Other");
        Vms.Add(taken.Id, "elsewhere", Guid.Parse("11111111-2222-3333-4444-555555555555"));
        var provider = RenderDialogProvider();
        var cut = Render<TenantVirtualMachinesPanel>(p => p.Add(c => c.TenantId, tenant.Id));

        Register(cut, provider, "{11111111-2222-3333-4444-555555555555}", "dup");
        provider.WaitForAssertion(() => Assert.Contains("is already registered", provider.Markup), Wait);
        Button(provider, "Cancel").Click();

        Register(cut, provider, "4C4C4544-0042-3510-8058-B4C04F4E3232", "web-01");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=vm-name]")), Wait);
        Register(cut, provider, "4c4c4544-0042-3510-8058-b4c04f4e3233", "web-02");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=vm-name]").Count), Wait);
        Assert.Equal(Guid.Parse("4c4c4544-0042-3510-8058-b4c04f4e3232"), Vms.Of(tenant.Id).Single(v => v.Name == "web-01").BiosId);

        cut.FindAll("tbody tr")[0].QuerySelector("input[type=checkbox]")!.Change(true);
        cut.WaitForAssertion(() => Button(cut, "Unregister selected (1)").Click(), Wait);
        provider.WaitForAssertion(() => Assert.Contains("Unregister the virtual machine?", provider.Markup), Wait);
        Assert.Equal(2, Vms.Of(tenant.Id).Count);
        Button(provider, "Unregister").Click();

        cut.WaitForAssertion(() => Assert.Equal(["web-02"], cut.FindAll("[data-testid=vm-name]").Select(c => c.TextContent)), Wait);
        Assert.Equal(["web-02"], Vms.Of(tenant.Id).Select(v => v.Name));
    }

    [Fact]
    public void Timeline_OfAVm_ShowsItsPeriodsOfTheLast30Days()
    {
        var tenant = Tenants.Add("Acme");
        var vm = Vms.Add(tenant.Id, "web-01");
        var now = DateTime.UtcNow;
        Vms.Periods.Add(new ProtectionPeriod { BiosId = vm.BiosId, Start = now.AddDays(-3), End = now.AddDays(-2), SvmId = "svm-1" });
        Vms.Periods.Add(new ProtectionPeriod { BiosId = vm.BiosId, Start = now.AddHours(-5), End = null, SvmId = "svm-2" });
        Vms.Periods.Add(new ProtectionPeriod { BiosId = vm.BiosId, Start = now.AddDays(-60), End = now.AddDays(-59), SvmId = "old" });
        var provider = RenderDialogProvider();
        var cut = Render<TenantVirtualMachinesPanel>(p => p.Add(c => c.TenantId, tenant.Id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=vm-name]")), Wait);

        cut.Find("button[aria-label='Protection timeline of web-01']").Click();

        provider.WaitForAssertion(() => Assert.Equal(2, provider.FindAll("[data-testid=protection-period]").Count), Wait);
        Assert.Contains("still protected", provider.FindAll("[data-testid=protection-period]")[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("old", provider.Markup, StringComparison.Ordinal);
        Assert.Contains("2 protection periods", provider.Find("[data-testid=protection-timeline]").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_OfAVmNeverProtected_SaysSo()
    {
        var tenant = Tenants.Add("Acme");
        Vms.Add(tenant.Id, "web-01");
        var provider = RenderDialogProvider();
        var cut = Render<TenantVirtualMachinesPanel>(p => p.Add(c => c.TenantId, tenant.Id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=vm-name]")), Wait);

        cut.Find("button[aria-label='Protection timeline of web-01']").Click();

        provider.WaitForAssertion(() => Assert.Contains("No protection period in this range", provider.Markup), Wait);
        Assert.Empty(provider.FindAll("[data-testid=protection-period]"));
    }

    private static void Register(IRenderedComponent<TenantVirtualMachinesPanel> cut, IRenderedComponent<MudBlazor.MudDialogProvider> provider, string biosId, string name)
    {
        cut.WaitForAssertion(() => Button(cut, "Register VM").Click(), Wait);
        provider.WaitForAssertion(() => Field(provider, "BIOS ID"), Wait);
        Field(provider, "BIOS ID").Change(biosId);
        Field(provider, "Name").Change(name);
        Button(provider, "Register").Click();
    }

    private IRenderedComponent<TenantVirtualMachinesPanel> RenderPanel(Guid tenantId) =>
        RenderWithProviders<TenantVirtualMachinesPanel>(p => p.Add(c => c.TenantId, tenantId));
}
