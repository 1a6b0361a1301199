using Microsoft.Playwright;

namespace BlazorConsole.E2E.Tenants;

/// <summary>A tenant's page (/tenants/{id}), its actions, its VMs and their dialogs.</summary>
public sealed class TenantDetailPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => page.GetByTestId("tenant-status");

    public ILocator TaskState => page.GetByTestId("task-state");

    public ILocator VmNames => page.GetByTestId("vm-name");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Chart => page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Protected VMs per day") });

    public ILocator ChartSummary => page.GetByTestId("protected-chart");

    public async Task ActivateAsync() => await Button("Activate").ClickAsync();

    public async Task DeactivateAsync() => await Button("Deactivate").ClickAsync();

    public async Task RegisterVmAsync(string biosId, string name)
    {
        await Button("Register VM").ClickAsync();
        await Dialog.GetByLabel("BIOS ID").FillAsync(biosId);
        await Dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public async Task UnregisterAsync(string vmName)
    {
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {vmName}", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Unregister selected") }).ClickAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Unregister" }).ClickAsync();
    }

    /// <summary>Opens the delete dialog, types <paramref name="typedName"/> and confirms.</summary>
    public async Task DeleteAsync(string typedName)
    {
        await Button("Delete").ClickAsync();
        await Dialog.GetByLabel("Type the tenant's name to confirm").FillAsync(typedName);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
    }

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
