using System.Text.RegularExpressions;
using BlazorConsole.E2E.Access;
using BlazorConsole.E2E.Common;
using BlazorConsole.E2E.Shell;
using static Microsoft.Playwright.Assertions;

namespace BlazorConsole.E2E.Tasks;

[Collection(ShellCollection.Name)]
public sealed partial class TaskCentreFlowTests(ShellBrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact(DisplayName = "Administrator finds a running task in the task centre and cancels it")]
    public Task RunningTask_Canceled_EndsCanceledLive() => RunAsync(async page =>
    {
        var task = await ConsoleData.StartSlowTaskAsync(Fixture.Server);
        var tasks = new TaskCentrePage(page);
        var shell = new ShellPage(page);
        await new SignInPage(page).SignInAsAdministratorAsync();

        await tasks.GotoAsync();
        await Expect(shell.TaskCentreBadge).ToHaveAttributeAsync("aria-label", UnfinishedCount());
        await Expect(tasks.LinkTo(task.Id)).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "tasks");
        await tasks.LinkTo(task.Id).ClickAsync();

        await Expect(tasks.StateText).ToHaveTextAsync("Running");
        await Expect(tasks.StageLog).ToContainTextAsync(SlowTaskHandler.WaitingStep);
        await Expect(shell.Breadcrumb).ToContainTextAsync("Tasks");
        await Screenshots.TakeAsync(page, "task-detail");
        await tasks.CancelButton.ClickAsync();

        // the runner undoes the done step and ends the task; the page hears it over the circuit
        await Expect(tasks.StateText).ToHaveTextAsync("Canceled");
        await Expect(page.GetByTestId("task-error")).ToContainTextAsync("VIRMT_TaskCanceled");
        await Expect(tasks.CancelButton).ToHaveCountAsync(0);
    });

    [GeneratedRegex(@"^Task centre: \d+ unfinished tasks?$")]
    private static partial Regex UnfinishedCount();
}
