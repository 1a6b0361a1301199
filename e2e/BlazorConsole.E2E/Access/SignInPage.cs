using Microsoft.Playwright;

namespace BlazorConsole.E2E.Access;

/// <summary>The sign-in page (/signin), found by its labels.</summary>
public sealed class SignInPage(IPage page)
{
    public ILocator UserName => page.GetByLabel("User name");

    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    public async Task SignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
