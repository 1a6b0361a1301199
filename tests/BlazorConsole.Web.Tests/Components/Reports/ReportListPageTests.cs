using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Components.Pages.Reports;
using BlazorConsole.Web.Tests.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Tests.Components.Reports;

public sealed class ReportListPageTests : ShellComponentTest
{
    [Fact]
    public void Render_WhileTheStoreAnswers_ShowsLoading()
    {
        Reports.Add(null, null, DateTime.UtcNow.AddHours(5));
        Reports.ListGate = new TaskCompletionSource();

        var cut = RenderWithProviders<ReportListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Loading reports", cut.Find("[role=status]").TextContent), Wait);
        Reports.ListGate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-row]")), Wait);
    }

    [Fact]
    public void Render_NoReports_SaysNoneCanBeDownloadedAndHowLongTheyAreKept()
    {
        var cut = RenderWithProviders<ReportListPage>();

        cut.WaitForAssertion(() => Assert.Contains("No report can be downloaded now.", cut.Markup), Wait);
        Assert.Contains("kept for 24 hours", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryLoadsTheList()
    {
        Reports.Add(null, null, DateTime.UtcNow.AddHours(5));
        Reports.FailNextLists = 1;

        var cut = RenderWithProviders<ReportListPage>();

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.DoesNotContain("secret detail", cut.Markup);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Retry").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-row]")), Wait);
    }

    [Fact]
    public void Render_WithReports_ListsTheUnexpiredOnesWithExpiryAndASessionDownloadLink()
    {
        var acme = Reports.Add(Guid.NewGuid(), "Acme Corp", new DateTime(2099, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        Reports.Add(null, null, DateTime.UtcNow.AddHours(-1));

        var cut = RenderWithProviders<ReportListPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-row]")), Wait);
        var row = cut.Find("[data-testid=report-row]");
        Assert.Contains("Acme Corp", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2099-01-02 03:04", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a[href]")!;
        Assert.Equal($"/reports/{acme.Id}/download", link.GetAttribute("href"));
        Assert.Equal(ReportFileName.For(acme), link.GetAttribute("download"));
        Assert.Contains(ReportFileName.For(acme), link.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_FirstDayAfterLastDay_SaysSoAndQueuesNothing()
    {
        var cut = RenderWithProviders<ReportListPage>();
        cut.WaitForAssertion(() => Assert.Contains("No report can be downloaded now.", cut.Markup), Wait);

        DateInput(cut, "From (UTC)").Change("2026-11-20");
        DateInput(cut, "To (UTC)").Change("2026-11-10");
        GenerateButton(cut).Click();

        cut.WaitForAssertion(() => Assert.Equal("The first day must not be after the last day.", cut.Find("[data-testid=report-form-error]").TextContent.Trim()), Wait);
        Assert.Empty(Tasks.Requests);
    }

    [Fact]
    public async Task Generate_ForATenant_QueuesTheReportTaskWithTheWholeLastDay()
    {
        var acme = Tenants.Add("Acme");
        var cut = RenderWithProviders<ReportListPage>();
        cut.WaitForAssertion(() => Assert.Contains("No report can be downloaded now.", cut.Markup), Wait);

        var autocomplete = cut.FindComponent<MudAutocomplete<TenantOption>>();
        var search = autocomplete.Instance.SearchFunc;
        Assert.NotNull(search);
        var pending = search("acm", CancellationToken.None);
        Assert.NotNull(pending);
        var found = (await pending ?? []).ToList();
        Assert.Equal("Acme", Assert.Single(found).Name);
        await cut.InvokeAsync(() => autocomplete.Instance.ValueChanged.InvokeAsync(found[0]));
        DateInput(cut, "From (UTC)").Change("2026-11-01");
        DateInput(cut, "To (UTC)").Change("2026-11-07");
        GenerateButton(cut).Click();

        cut.WaitForAssertion(() => Assert.Single(Tasks.Requests), Wait);
        var request = Tasks.Requests[0];
        Assert.Equal(TaskTypes.CreateTenantReport, request.Type);
        Assert.Equal(acme.Id, request.TenantId);
        Assert.Equal("admin", request.CreatedBy);
        var input = Assert.IsType<CreateTenantReportInput>(request.Input);
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), input.From);
        Assert.Equal(new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc), input.To);
        cut.WaitForAssertion(() => Assert.Equal("Queued", cut.Find("[data-testid=report-task-state]").TextContent.Trim()), Wait);
    }

    [Fact]
    public void Generate_TaskCompletesLive_OffersTheDownloadAndListsTheReport()
    {
        var cut = RenderWithProviders<ReportListPage>();
        cut.WaitForAssertion(() => Assert.Contains("No report can be downloaded now.", cut.Markup), Wait);
        GenerateButton(cut).Click();
        cut.WaitForAssertion(() => Assert.Equal("Queued", cut.Find("[data-testid=report-task-state]").TextContent.Trim()), Wait);
        Assert.Null(Tasks.Requests[0].TenantId);

        var report = Reports.Add(null, null, DateTime.UtcNow.AddHours(24));
        var task = new ConsoleTask
        {
            Id = cut.Find("[data-testid=report-task] a").GetAttribute("href")!.Split('/')[^1] is var id ? Guid.Parse(id) : Guid.Empty,
            Type = TaskTypes.CreateTenantReport,
            State = TaskState.Completed,
            Progress = 100,
            Result = report.Id.ToString(),
        };
        Notifier.Publish(task);

        cut.WaitForAssertion(() => Assert.Equal("Completed", cut.Find("[data-testid=report-task-state]").TextContent.Trim()), Wait);
        var download = cut.FindAll("[data-testid=report-task] a").Single(a => a.TextContent.Contains("Download the report", StringComparison.Ordinal));
        Assert.Equal($"/reports/{report.Id}/download", download.GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-row]")), Wait);
    }

    [Fact]
    public void Render_ReportsDisabled_SaysSoAndHowToEnableThem()
    {
        Reports.Current.EnableProtectionReports = false;

        var cut = RenderWithProviders<ReportListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Protection reports are disabled.", cut.Find("[data-testid=reports-disabled]").TextContent), Wait);
        Assert.Contains("Multitenancy:EnableProtectionReports", cut.Find("[data-testid=reports-disabled]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Generate report");
    }

    [Fact]
    public void Route_AnonymousUser_SeesNoReports()
    {
        Reports.Add(null, null, DateTime.UtcNow.AddHours(5));
        Authorization.SetNotAuthorized();

        var cut = Render<Microsoft.AspNetCore.Components.Authorization.AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(ReportListPage), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Sign in to continue.")));

        cut.WaitForAssertion(() => Assert.Contains("Sign in to continue.", cut.Markup), Wait);
        Assert.Equal(0, Reports.ListCalls);
    }

    private static AngleSharp.Dom.IElement DateInput(IRenderedComponent<ReportListPage> cut, string label)
    {
        var id = cut.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return cut.Find($"input#{id}");
    }

    private static AngleSharp.Dom.IElement GenerateButton(IRenderedComponent<ReportListPage> cut) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Generate report");
}
