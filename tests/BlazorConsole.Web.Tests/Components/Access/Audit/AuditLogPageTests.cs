using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Web.Components.Pages.Access.Audit;
using BlazorConsole.Web.Tests.Components.Common;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Access.Audit;

public sealed class AuditLogPageTests : ConsoleComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly FakeAuditLog _log = new();

    public AuditLogPageTests() => Authorization.SetRoles(ConsoleRoles.Auditor);

    private AuditService Audit => Services.GetRequiredService<AuditService>();

    [Fact]
    public async Task Render_WhileTheStoreAnswers_ShowsLoading()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        _log.ReadGate = new TaskCompletionSource();

        var cut = RenderWithProviders<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Contains("Loading the audit log", cut.Find("[role=status]").TextContent), Wait);
        _log.ReadGate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=audit-sequence]")), Wait);
    }

    [Fact]
    public void Render_NothingRecorded_ShowsEmptyState()
    {
        var cut = RenderWithProviders<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing has been recorded yet.", cut.Markup), Wait);
        Assert.Empty(cut.FindAll("[data-testid=audit-sequence]"));
    }

    [Fact]
    public async Task Render_StoreFailsOnce_ShowsErrorWithCorrelationIdAndRetryLoads()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        _log.FailNextReads = 1;

        var cut = RenderWithProviders<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Contains("could not be loaded", cut.Find("[role=alert]").TextContent), Wait);
        Assert.NotEmpty(cut.Find(".console-correlation").TextContent);
        Assert.DoesNotContain("The store is unavailable", cut.Markup, StringComparison.Ordinal);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Retry").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=audit-sequence]")), Wait);
    }

    [Fact]
    public async Task Render_Entries_ShowsThemNewestFirst()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        await RecordAsync("script", AuditChannels.Api, "vm.registered");

        var cut = RenderWithProviders<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Equal(["2", "1"], cut.FindAll("[data-testid=audit-sequence]").Select(c => c.TextContent.Trim())), Wait);
        Assert.Equal(["vm.registered", "tenant.created"], cut.FindAll("[data-testid=audit-action]").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Render_FiltersInTheUrl_AskTheServerForThemAndTheExportCarriesThem()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        await RecordAsync("script", AuditChannels.Api, "vm.registered");
        Navigation.NavigateTo("/access/audit?actor=scr&channel=api&from=2026-11-01&to=2026-11-23");

        var cut = RenderWithProviders<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Equal("vm.registered", cut.Find("[data-testid=audit-action]").TextContent.Trim()), Wait);
        var query = _log.ListQueries[^1];
        Assert.Equal(("scr", "api"), (query.Actor, query.Channel));
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), query.From);
        Assert.Equal(new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc), query.To);
        var export = cut.Find("a[aria-label='Export CSV of the filtered entries']").GetAttribute("href")!;
        Assert.Contains("/access/audit/export.csv?", export, StringComparison.Ordinal);
        Assert.Contains("actor=scr", export, StringComparison.Ordinal);
        Assert.Contains("channel=api", export, StringComparison.Ordinal);
        Assert.Contains("from=2026-11-01", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownChannelAndBadDateInTheUrl_AreIgnored()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");

        Navigation.NavigateTo("/access/audit?channel=fax&from=yesterday");

        var cut = RenderWithProviders<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=audit-sequence]")), Wait);
        Assert.Equal((null, null), (_log.ListQueries[^1].Channel, _log.ListQueries[^1].From));
    }

    [Fact]
    public async Task ClearFilters_NoMatch_NavigatesToTheUnfilteredLog()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        Navigation.NavigateTo("/access/audit?actor=nobody");
        var cut = RenderWithProviders<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.Contains("No entry matches these filters.", cut.Markup), Wait);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Clear the filters").Click();

        Assert.EndsWith("/access/audit", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_IntactChain_SaysIntactWithTheCount()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        await RecordAsync("alice", AuditChannels.Ui, "tenant.deleted");
        var cut = RenderWithProviders<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=audit-sequence]").Count), Wait);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Verify the chain").Click();

        cut.WaitForAssertion(() => Assert.Equal("The audit log is intact (2 entries).", cut.Find("[data-testid=verify-result]").TextContent.Trim()), Wait);
    }

    [Fact]
    public async Task Verify_TamperedEntry_NamesIt()
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        await RecordAsync("alice", AuditChannels.Ui, "tenant.deleted");
        await RecordAsync("alice", AuditChannels.Ui, "vm.registered");
        _log.Tamper(2, "someone else");
        var cut = RenderWithProviders<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=audit-sequence]").Count), Wait);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Verify the chain").Click();

        cut.WaitForAssertion(() => Assert.Contains("broken at entry #2", cut.Find("[data-testid=verify-result]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("alert", cut.Find("[data-testid=verify-result]").GetAttribute("role"));
    }

    [Theory]
    [InlineData(ConsoleRoles.Operator)]
    [InlineData(null)]
    public async Task Route_NeitherAuditorNorAdministrator_SeesNoEntries(string? role)
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        Authorization.SetRoles();
        if (role is null)
        {
            Authorization.SetNotAuthorized();
        }
        else
        {
            Authorization.SetAuthorized("operator");
            Authorization.SetRoles(role);
        }

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(AuditLogPage), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Not allowed.")));

        cut.WaitForAssertion(() => Assert.Contains("Not allowed.", cut.Markup), Wait);
        Assert.Empty(_log.ListQueries);
    }

    [Theory]
    [InlineData(ConsoleRoles.Auditor)]
    [InlineData(ConsoleRoles.Administrator)]
    public async Task Route_AuditorOrAdministrator_SeesTheEntries(string role)
    {
        await RecordAsync("alice", AuditChannels.Ui, "tenant.created");
        Authorization.SetRoles(role);

        var cut = Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(AuditLogPage), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddContent(0, "Not allowed.")));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=audit-sequence]")), Wait);
    }

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IAuditLog>(_log);
        services.AddSingleton<IAuditContext>(new FixedAuditContext());
        services.AddSingleton<AuditService>();
    }

    private Task<AuditEntry> RecordAsync(string actor, string channel, string action) =>
        Audit.RecordAsync(new Actor(ActorKind.Account, actor, channel, "192.0.2.1"), action, new AuditTarget("Tenant", "t-1", "Contoso"), new { name = "Contoso" }, CancellationToken.None);

    private sealed class FixedAuditContext : IAuditContext
    {
        public Actor Current => AuditActor.System;
    }
}
