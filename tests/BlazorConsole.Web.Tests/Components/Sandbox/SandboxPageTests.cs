using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Web.Components.Pages.Sandbox;
using BlazorConsole.Web.Sandbox;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Sandbox;

public sealed class SandboxPageTests : ConsoleComponentTest, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly SandboxSimulators _simulators = new();

    protected override void AddServices(IServiceCollection services) => services.AddSingleton(_simulators);

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_simulators.Ksc is { } ksc)
        {
            await ksc.DisposeAsync();
        }

        await DisposeAsync();
    }

    [Fact]
    public void Render_SandboxOff_SaysHowToTurnItOn()
    {
        var cut = RenderWithProviders<SandboxPage>();

        Assert.Contains("The sandbox is off", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Sandbox:Enabled", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public async Task Render_KscSimulatorRunning_ShowsWhereAndAsWhomToConnect()
    {
        var ksc = await StartKscAsync();

        var cut = RenderWithProviders<SandboxPage>();

        Assert.Contains(ksc.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Markup, StringComparison.Ordinal);
        Assert.Contains(ksc.Options.AdminUserName, cut.Markup, StringComparison.Ordinal);
        Assert.Equal(ksc.CertificateThumbprint, cut.Find("[data-testid=sandbox-ksc-thumbprint]").TextContent);
        Assert.Contains("None: every call succeeds.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailCall_MethodAndCallNumber_SetsThatFaultOnTheSimulator()
    {
        var ksc = await StartKscAsync();
        var cut = RenderWithProviders<SandboxPage>();

        cut.Find("input[aria-label='Method to fail']").Change("VServers.AddVServerInfo");
        Click(cut, "Fail that call");

        var failure = Assert.Single(ksc.Faults.Snapshot().Failures);
        Assert.Equal(("VServers.AddVServerInfo", 1, KscFaultKind.PxgError), (failure.Method, failure.OnCall, failure.Kind));
        cut.WaitForAssertion(() => Assert.Contains("VServers.AddVServerInfo: call 1 answers PxgError", cut.Markup, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task RotateCertificate_ServesANewCertificateAndShowsItsThumbprint()
    {
        var ksc = await StartKscAsync();
        var before = ksc.CertificateThumbprint;
        var cut = RenderWithProviders<SandboxPage>();

        Click(cut, "Rotate the certificate");

        Assert.NotEqual(before, ksc.CertificateThumbprint);
        cut.WaitForAssertion(() => Assert.Equal(ksc.CertificateThumbprint, cut.Find("[data-testid=sandbox-ksc-thumbprint]").TextContent), Wait);
    }

    [Fact]
    public async Task ClearFaults_AfterADelay_LeavesNoFault()
    {
        var ksc = await StartKscAsync();
        ksc.Faults.Delay(TimeSpan.FromSeconds(1));
        var cut = RenderWithProviders<SandboxPage>();
        Assert.Contains("Every call waits 1000 ms", cut.Markup, StringComparison.Ordinal);

        Click(cut, "Clear faults");

        Assert.True(ksc.Faults.Snapshot().IsEmpty);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoSandbox()
    {
        Authorization.SetNotAuthorized();

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(SandboxPage), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        Assert.Contains("Sign in to continue.", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Sandbox", cut.Markup, StringComparison.Ordinal);
    }

    private async Task<KscSimulator> StartKscAsync()
    {
        var ksc = await KscSimulator.StartAsync();
        _simulators.Ksc = ksc;
        return ksc;
    }

    private static void Click(IRenderedComponent<SandboxPage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text).Click();
}
