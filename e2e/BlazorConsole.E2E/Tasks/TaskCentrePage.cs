using Microsoft.Playwright;

namespace BlazorConsole.E2E.Tasks;

/// <summary>The task centre (/tasks) and a task's page (/tasks/{id}), found by role, label and test id.</summary>
public sealed class TaskCentrePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Tasks", Level = 1 });

    public ILocator StateFilter => page.GetByLabel("State");

    public ILocator TaskLinks => page.GetByTestId("task-link");

    public ILocator CancelButton => page.GetByRole(AriaRole.Button, new() { Name = "Cancel task" });

    public ILocator StateText => page.GetByTestId("task-state-text");

    public ILocator StageLog => page.GetByRole(AriaRole.List, new() { Name = "Stage log" });

    public async Task GotoAsync() => await page.GotoAsync("/tasks");

    public ILocator LinkTo(Guid taskId) => page.Locator($"a[href='/tasks/{taskId}']");
}
