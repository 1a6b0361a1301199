using Microsoft.Playwright;

namespace BlazorConsole.E2E.Access;

/// <summary>The sign-in page (/signin), found by its labels.</summary>
public sealed class SignInPage(IPage page)
{
    public ILocator UserName => page.GetByLabel("User name");

    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    /// <summary>Opens /signin and signs in as the administrator the test server was started with.</summary>
    public async Task SignInAsAdministratorAsync()
    {
        await page.GotoAsync("/signin");
        await SignInAsync(Common.ConsoleServer.AdminUserName, Common.ConsoleServer.AdminPassword);
    }

    public async Task SignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
