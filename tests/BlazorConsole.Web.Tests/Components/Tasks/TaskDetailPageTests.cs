using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Pages.Tasks;
using BlazorConsole.Web.Tests.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BlazorConsole.Web.Tests.Components.Tasks;

public sealed class TaskDetailPageTests : ShellComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Queued);
        TaskRows.ReadGate = new TaskCompletionSource();

        var cut = RenderDetail(task.Id);

        cut.WaitForAssertion(() => Assert.Contains("Loading the task", cut.Find("[role=status]").TextContent), Wait);
        TaskRows.ReadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Contains("Generate report", cut.Find("h1").TextContent), Wait);
    }

    [Fact]
    public void Render_UnknownTask_SaysItIsNotFoundAndLinksTheTaskCentre()
    {
        var cut = RenderDetail(Guid.NewGuid());

        cut.WaitForAssertion(() => Assert.Contains("Task not found", cut.Find("h1").TextContent), Wait);
        Assert.NotNull(cut.Find("a[href='/tasks']"));
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryLoadsTheTask()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Queued);
        TaskRows.FailNextReads = 1;

        var cut = RenderDetail(task.Id);

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Retry").Click();
        cut.WaitForAssertion(() => Assert.Contains("Generate report", cut.Find("h1").TextContent), Wait);
    }

    [Fact]
    public void Render_FailedTask_ShowsItsErrorAndTheStageLogWhereItStopped()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Failed, progress: 50, stage: StagedTaskHandler.SecondStep);
        task.ErrorCode = "VIRMT_InternalError";
        task.ErrorMessage = "The step 'Writing the report file' failed unexpectedly.";

        var cut = RenderDetail(task.Id);

        cut.WaitForAssertion(() => Assert.Contains("VIRMT_InternalError", cut.Find("[data-testid=task-error]").TextContent), Wait);
        Assert.Contains("failed unexpectedly", cut.Find("[data-testid=task-error]").TextContent, StringComparison.Ordinal);
        var stages = cut.FindAll("[data-testid=task-stage-entry]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, stages.Count);
        Assert.Contains("undone", stages[0], StringComparison.Ordinal);
        Assert.Contains("stopped here", stages[1], StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Contains("Cancel", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ParentWithChildren_ListsTheChildrenWithLinks()
    {
        var parent = TaskRows.Add(TaskTypes.ChangeTenantActivation, TaskState.Running, progress: 50);
        var child = TaskRows.Add(TaskTypes.ChangeTenantActivation, TaskState.Completed, progress: 100, parentId: parent.Id);

        var cut = RenderDetail(parent.Id);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=child-task]")), Wait);
        Assert.NotNull(cut.Find($"[data-testid=child-task] a[href='/tasks/{child.Id}']"));
    }

    [Fact]
    public void Render_ChildTask_CancelIsDisabledAndExplainsTheParentCancelsIt()
    {
        var parent = TaskRows.Add(TaskTypes.ChangeTenantActivation, TaskState.Running);
        var child = TaskRows.Add(TaskTypes.ChangeTenantActivation, TaskState.Queued, parentId: parent.Id);

        var cut = RenderDetail(child.Id);

        cut.WaitForAssertion(() => Assert.Contains("canceled through its parent", cut.Find("#child-cancel-note").TextContent), Wait);
        var cancel = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel");
        Assert.True(cancel.HasAttribute("disabled"));
        Assert.Equal("child-cancel-note", cancel.GetAttribute("aria-describedby"));
        Assert.NotNull(cut.Find($"a[href='/tasks/{parent.Id}']"));
    }

    [Fact]
    public void Cancel_QueuedTask_EndsItCanceledAndSaysSo()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Queued);
        var cut = RenderDetail(task.Id);
        cut.WaitForAssertion(() => Assert.Contains("Generate report", cut.Find("h1").TextContent), Wait);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel task").Click();

        cut.WaitForAssertion(() => Assert.Contains("canceled before it started", cut.Find("[role=status].mud-alert").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Canceled", cut.Find("[data-testid=task-state-text]").TextContent.Trim());
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Cancel task");
    }

    [Fact]
    public void Cancel_RunningTask_ShowsItStopping()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Running, progress: 20, stage: StagedTaskHandler.FirstStep);
        var cut = RenderDetail(task.Id);
        cut.WaitForAssertion(() => Assert.Contains("Generate report", cut.Find("h1").TextContent), Wait);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel task").Click();

        cut.WaitForAssertion(() => Assert.Contains("being undone", cut.Find("[role=status].mud-alert").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Stopping", cut.Find("[data-testid=task-state-text]").TextContent.Trim());
    }

    [Fact]
    public void TaskChanged_ForTheShownTask_UpdatesProgressStagesAndResultLive()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Running, progress: 10, stage: StagedTaskHandler.FirstStep);
        var cut = RenderDetail(task.Id);
        cut.WaitForAssertion(() => Assert.StartsWith("10 %", cut.Find("[data-testid=task-progress]").TextContent.Trim(), StringComparison.Ordinal), Wait);
        var reads = TaskRows.GetCalls;

        var done = task.Snapshot();
        done.State = TaskState.Completed;
        done.Progress = 100;
        done.StepsDone = 2;
        done.Result = "9b0e2e5c-6f4e-4d36-9f43-0d4f5d8f6a11";
        Notifier.Publish(done);

        cut.WaitForAssertion(() => Assert.Equal("Completed", cut.Find("[data-testid=task-state-text]").TextContent.Trim()), Wait);
        Assert.StartsWith("100 %", cut.Find("[data-testid=task-progress]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(done.Result, cut.Find("[data-testid=task-result]").TextContent.Trim());
        Assert.All(cut.FindAll("[data-testid=task-stage-entry]"), e => Assert.Contains("done", e.TextContent, StringComparison.Ordinal));
        Assert.Equal(reads, TaskRows.GetCalls);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoTaskData()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Queued);
        Authorization.SetNotAuthorized();

        var cut = Render<Microsoft.AspNetCore.Components.Authorization.AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(TaskDetailPage), new Dictionary<string, object?> { ["Id"] = task.Id }))
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.Equal(0, TaskRows.GetCalls);
    }

    private IRenderedComponent<TaskDetailPage> RenderDetail(Guid id) =>
        RenderWithProviders<TaskDetailPage>(p => p.Add(c => c.Id, id));
}
