using Microsoft.Playwright;

namespace BlazorConsole.E2E.Tenants;

/// <summary>The "New tenant" dialog.</summary>
public sealed class CreateTenantDialog(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Name => Dialog.GetByLabel("Name", new() { Exact = true });

    public ILocator Description => Dialog.GetByLabel("Description");

    public ILocator Create => Dialog.GetByRole(AriaRole.Button, new() { Name = "Create" });

    public ILocator Close => Dialog.GetByRole(AriaRole.Button, new() { Name = "Close" });

    public ILocator TaskState => Dialog.GetByTestId("task-state");

    public ILocator OpenTenant => Dialog.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Open tenant") });

    /// <summary>Fills a simple tenant and submits it.</summary>
    public async Task CreateSimpleAsync(string name, string? description = null)
    {
        await Name.FillAsync(name);
        if (description is not null)
        {
            await Description.FillAsync(description);
        }

        await Create.ClickAsync();
    }
}
