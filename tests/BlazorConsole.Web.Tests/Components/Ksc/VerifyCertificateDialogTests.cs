using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;
using BlazorConsole.Web.Components.Pages.Ksc;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Ksc;

public sealed class VerifyCertificateDialogTests : KscComponentTest
{
    private static readonly DateTimeOffset During = new(2030, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Show_UntrustedCertificate_ShowsEveryDetailGrouped()
    {
        var (dialogs, _) = await ShowAsync(FakeKscConnector.First, pinned: null, During);

        Assert.Equal("CN=ksc.example.com", dialogs.Find("[data-testid=cert-subject]").TextContent.Trim());
        Assert.Contains("CN=ksc.example.com", dialogs.Find("[data-testid=cert-issuer]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Self-signed", dialogs.Find("[data-testid=cert-issuer]").TextContent, StringComparison.Ordinal);
        Assert.Contains("from 2026-01-01 00:00 UTC to 2036-01-01 00:00 UTC", dialogs.Find("[data-testid=cert-validity]").TextContent, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("[data-testid=cert-expired]"));
        Assert.Empty(dialogs.FindAll("[data-testid=cert-not-yet-valid]"));
        Assert.Equal("AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA", dialogs.Find("[data-testid=cert-thumbprint]").TextContent.Trim());
        Assert.Equal("ksc.example.com, 192.0.2.10", dialogs.Find("[data-testid=cert-alternative-names]").TextContent.Trim());
        Assert.Contains("is not trusted yet", dialogs.Markup, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("[data-testid=cert-pinned-thumbprint]"));
    }

    [Fact]
    public async Task Show_ExpiredCertificate_IsFlagged()
    {
        var (dialogs, _) = await ShowAsync(FakeKscConnector.First, pinned: null, new DateTimeOffset(2036, 1, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("Expired", dialogs.Find("[data-testid=cert-expired]").TextContent.Trim());
    }

    [Fact]
    public async Task Show_CertificateNotYetValid_IsFlagged()
    {
        var (dialogs, _) = await ShowAsync(FakeKscConnector.First, pinned: null, new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("Not yet valid", dialogs.Find("[data-testid=cert-not-yet-valid]").TextContent.Trim());
    }

    [Fact]
    public async Task Show_ChangedCertificate_ShowsTheTrustedThumbprintToo()
    {
        var (dialogs, _) = await ShowAsync(FakeKscConnector.Second, FakeKscConnector.First.Sha256Thumbprint, During);

        Assert.Contains("other than the trusted one", dialogs.Markup, StringComparison.Ordinal);
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.First.Sha256Thumbprint), dialogs.Find("[data-testid=cert-pinned-thumbprint]").TextContent.Trim());
        Assert.Equal(KscThumbprint.Group(FakeKscConnector.Second.Sha256Thumbprint), dialogs.Find("[data-testid=cert-thumbprint]").TextContent.Trim());
    }

    [Fact]
    public async Task Show_NoAlternativeNames_SaysNone()
    {
        var bare = FakeKscConnector.First with { AlternativeNames = [] };

        var (dialogs, _) = await ShowAsync(bare, pinned: null, During);

        Assert.Equal("none", dialogs.Find("[data-testid=cert-alternative-names]").TextContent.Trim());
    }

    [Fact]
    public async Task Copy_PutsTheUngroupedThumbprintOnTheClipboard()
    {
        var clipboard = JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true);
        var (dialogs, _) = await ShowAsync(FakeKscConnector.First, pinned: null, During);

        dialogs.Find("button[aria-label='Copy the thumbprint']").Click();

        var call = Assert.Single(clipboard.Invocations);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, call.Arguments[0]);
    }

    [Fact]
    public async Task Trust_ClosesWithTheThumbprintShown()
    {
        var (dialogs, reference) = await ShowAsync(FakeKscConnector.First, pinned: null, During);

        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Trust and connect").Click();

        var result = await reference.Result.WaitAsync(Wait);
        Assert.False(result!.Canceled);
        Assert.Equal(FakeKscConnector.First.Sha256Thumbprint, result.Data);
    }

    [Fact]
    public async Task CancelConnection_ClosesCanceled()
    {
        var (dialogs, reference) = await ShowAsync(FakeKscConnector.First, pinned: null, During);

        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Cancel connection").Click();

        var result = await reference.Result.WaitAsync(Wait);
        Assert.True(result!.Canceled);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IDialogReference Reference)> ShowAsync(KscCertificate certificate, string? pinned, DateTimeOffset now)
    {
        var dialogs = RenderDialogProvider();
        var parameters = new DialogParameters<VerifyCertificateDialog>
        {
            { d => d.Certificate, certificate },
            { d => d.PinnedThumbprint, pinned },
            { d => d.Address, "ksc.example.com" },
            { d => d.Now, now },
        };
        var service = Services.GetRequiredService<IDialogService>();
        var reference = await dialogs.InvokeAsync(() => service.ShowAsync<VerifyCertificateDialog>("Verify certificate", parameters));
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=cert-thumbprint]")), Wait);
        return (dialogs, reference);
    }
}
