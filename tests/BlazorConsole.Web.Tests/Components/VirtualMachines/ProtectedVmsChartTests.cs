using BlazorConsole.Web.Components.Pages.VirtualMachines;
using BlazorConsole.Web.Tests.Components.Tenants;
using Bunit;

namespace BlazorConsole.Web.Tests.Components.VirtualMachines;

public sealed class ProtectedVmsChartTests : TenantComponentTest
{
    [Fact]
    public void Render_ProtectedDays_ShowsTheChartWithTodayAndThePeak()
    {
        var tenant = Tenants.Add("Acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Vms.ProtectedPerDay[today.AddDays(-3)] = 7;
        Vms.ProtectedPerDay[today] = 4;

        var cut = RenderWithProviders<ProtectedVmsChart>(p => p.Add(c => c.TenantId, tenant.Id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=protected-chart] svg")), Wait);
        var summary = cut.Find("[data-testid=protected-chart]").GetAttribute("aria-label");
        Assert.Equal($"Today 4 protected VMs; at most 7 on {today.AddDays(-3):yyyy-MM-dd}.", summary);
    }

    [Fact]
    public void Render_NothingProtected_ShowsTheEmptyState()
    {
        var tenant = Tenants.Add("Acme");

        var cut = RenderWithProviders<ProtectedVmsChart>(p => p.Add(c => c.TenantId, tenant.Id));

        cut.WaitForAssertion(() => Assert.Contains("No VM of this tenant was protected in the last 30 days.", cut.Markup), Wait);
        Assert.Empty(cut.FindAll("[data-testid=protected-chart]"));
    }
}
