using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Pages.Tasks;
using BlazorConsole.Web.Tests.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Tasks;

public sealed class TaskListPageTests : ShellComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        TaskRows.Add(TaskTypes.CreateTenant, TaskState.Queued);
        TaskRows.ReadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<TaskListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Loading tasks", cut.Find("[role=status]").TextContent), Wait);
        TaskRows.ReadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=task-link]")), Wait);
    }

    [Fact]
    public void Render_NoTasks_ShowsEmptyStateSayingWhereTasksComeFrom()
    {
        var cut = RenderWithProviders<TaskListPage>();

        cut.WaitForAssertion(() => Assert.Contains("There are no tasks yet.", cut.Markup), Wait);
        Assert.NotNull(cut.Find("a[href='/reports']"));
        Assert.Empty(cut.FindAll("[data-testid=task-link]"));
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryLoadsTheList()
    {
        TaskRows.Add(TaskTypes.DeleteTenant, TaskState.Completed, progress: 100);
        TaskRows.FailNextReads = 1;

        var cut = RenderWithProviders<TaskListPage>();

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        var correlationId = cut.Find(".console-correlation").TextContent.Trim();
        Assert.Contains(Logs.Entries, e => e.Message.Contains(correlationId, StringComparison.Ordinal));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Retry").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=task-link]")), Wait);
    }

    [Fact]
    public void Render_WithTasks_ShowsNewestFirstWithTypeStateStageAndProgress()
    {
        var older = TaskRows.Add(TaskTypes.CreateTenant, TaskState.Completed, progress: 100, stage: "Storing the tenant");
        var newer = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Running, progress: 50, stage: "Writing the report file");

        var cut = RenderWithProviders<TaskListPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=task-link]").Count), Wait);
        var links = cut.FindAll("[data-testid=task-link]");
        Assert.Equal($"/tasks/{newer.Id}", links[0].GetAttribute("href"));
        Assert.StartsWith("Generate report", links[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"/tasks/{older.Id}", links[1].GetAttribute("href"));
        Assert.Equal(["Running", "Completed"], cut.FindAll("[data-testid=task-state]").Select(s => s.TextContent.Trim()));
        Assert.Equal("Writing the report file", cut.FindAll("[data-testid=task-stage]")[0].TextContent.Trim());
        Assert.Equal("50 %", cut.FindAll("[data-testid=task-progress]")[0].TextContent.Trim());
    }

    [Fact]
    public void Render_FiltersInTheUrl_QueriesTheStoreWithThemAndThatPage()
    {
        Navigation.NavigateTo("/tasks?state=running&type=CreateTenant&range=24h&page=2");

        var cut = RenderWithProviders<TaskListPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(TaskRows.ListQueries), Wait);
        var query = TaskRows.ListQueries[^1];
        Assert.Equal(TaskState.Running, query.State);
        Assert.Equal(TaskTypes.CreateTenant, query.Type);
        Assert.NotNull(query.CreatedFrom);
        Assert.InRange(DateTime.UtcNow - query.CreatedFrom!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(25));
        Assert.Equal(TaskListPage.PageSize, query.Skip);
        cut.WaitForAssertion(() => Assert.Contains("No task matches these filters.", cut.Markup), Wait);
    }

    [Fact]
    public void Render_UnknownFilterValuesInTheUrl_AreIgnored()
    {
        TaskRows.Add(TaskTypes.CreateTenant, TaskState.Queued);

        Navigation.NavigateTo("/tasks?state=Exploded&type=DropDatabase&range=forever");

        var cut = RenderWithProviders<TaskListPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=task-link]")), Wait);
        var query = TaskRows.ListQueries[^1];
        Assert.Null(query.State);
        Assert.Null(query.Type);
        Assert.Null(query.CreatedFrom);
    }

    [Fact]
    public async Task StateFilter_Chosen_IsWrittenToTheUrl()
    {
        var cut = RenderWithProviders<TaskListPage>();
        cut.WaitForAssertion(() => Assert.Contains("There are no tasks yet.", cut.Markup), Wait);

        var select = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "State");
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("Failed"));

        Assert.Contains("state=Failed", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskChanged_ForAShownTask_UpdatesTheRowWithoutReloading()
    {
        var task = TaskRows.Add(TaskTypes.CreateTenantReport, TaskState.Running, progress: 10, stage: StagedTaskHandler.FirstStep);
        var cut = RenderWithProviders<TaskListPage>();
        cut.WaitForAssertion(() => Assert.Equal("10 %", cut.Find("[data-testid=task-progress]").TextContent.Trim()), Wait);
        var lists = TaskRows.ListQueries.Count;

        var changed = task.Snapshot();
        changed.Progress = 75;
        changed.Stage = StagedTaskHandler.SecondStep;
        Notifier.Publish(changed);

        cut.WaitForAssertion(() => Assert.Equal("75 %", cut.Find("[data-testid=task-progress]").TextContent.Trim()), Wait);
        Assert.Equal(StagedTaskHandler.SecondStep, cut.Find("[data-testid=task-stage]").TextContent.Trim());
        Assert.Equal(lists, TaskRows.ListQueries.Count);
    }

    [Fact]
    public void TaskChanged_ANewTask_AppearsOnTheFirstPage()
    {
        var cut = RenderWithProviders<TaskListPage>();
        cut.WaitForAssertion(() => Assert.Contains("There are no tasks yet.", cut.Markup), Wait);

        var task = TaskRows.Add(TaskTypes.CreateTenant, TaskState.Queued);
        Notifier.Publish(task.Snapshot());

        cut.WaitForAssertion(() => Assert.Equal($"/tasks/{task.Id}", cut.Find("[data-testid=task-link]").GetAttribute("href")), Wait);
    }

    [Fact]
    public void TaskChanged_ATaskOfALaterPage_DoesNotReloadTheFirst()
    {
        var oldest = TaskRows.Add(TaskTypes.CreateTenant, TaskState.Running, progress: 10);
        for (var i = 0; i < TaskListPage.PageSize; i++)
        {
            TaskRows.Add(TaskTypes.CreateTenant, TaskState.Completed, progress: 100);
        }

        var cut = RenderWithProviders<TaskListPage>();
        cut.WaitForAssertion(() => Assert.Equal(TaskListPage.PageSize, cut.FindAll("[data-testid=task-link]").Count), Wait);
        var lists = TaskRows.ListQueries.Count;

        var changed = oldest.Snapshot();
        changed.Progress = 60;
        Notifier.Publish(changed);
        var newer = TaskRows.Add(TaskTypes.CreateTenant, TaskState.Queued);
        Notifier.Publish(newer.Snapshot());

        // the newer task reloads the page once; the older one's progress never did
        cut.WaitForAssertion(() => Assert.Equal($"/tasks/{newer.Id}", cut.Find("[data-testid=task-link]").GetAttribute("href")), Wait);
        Assert.Equal(lists + 1, TaskRows.ListQueries.Count);
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoTaskData()
    {
        TaskRows.Add(TaskTypes.CreateTenant, TaskState.Queued);
        Authorization.SetNotAuthorized();

        var cut = Render<Microsoft.AspNetCore.Components.Authorization.AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(TaskListPage), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.Empty(TaskRows.ListQueries);
    }
}
