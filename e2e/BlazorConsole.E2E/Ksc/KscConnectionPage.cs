using Microsoft.Playwright;

namespace BlazorConsole.E2E.Ksc;

/// <summary>The KSC connection page (/ksc) and its Verify certificate window, found by labels and roles.</summary>
public sealed class KscConnectionPage(IPage page)
{
    public ILocator Address => page.GetByLabel("Administration Server address");

    public ILocator Port => page.GetByLabel("Port", new() { Exact = true });

    public ILocator Password => page.GetByTestId("ksc-password");

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    public ILocator Status => page.GetByTestId("ksc-status");

    public ILocator VerifyDialog => page.GetByRole(AriaRole.Dialog);

    public ILocator PresentedThumbprint => VerifyDialog.GetByTestId("cert-thumbprint");

    public ILocator Trust => VerifyDialog.GetByRole(AriaRole.Button, new() { Name = "Trust and connect" });

    public async Task GotoAsync() => await page.GotoAsync("/ksc");
}
