using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Reports;
using BlazorConsole.Data.Tests.Common;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Data.Tests.Reports;

public sealed class ReportListStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly ReportCatalog _catalog;

    public ReportListStoreTests() =>
        _catalog = new ReportCatalog(new ReportListStore(_database.Factory), new FakeTimeProvider(new DateTimeOffset(Now)));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ListAvailable_LeavesExpiredOut_NewestFirstWithTheirFileNames()
    {
        var store = new ProtectionReportStore(_database.Factory);
        var older = Report("Acme", created: Now.AddHours(-3), expires: Now.AddHours(21));
        var newer = Report(null, created: Now.AddHours(-1), expires: Now.AddHours(23));
        var expired = Report("Globex", created: Now.AddHours(-30), expires: Now);
        foreach (var report in new[] { older, newer, expired })
        {
            await store.AddAsync(report, default);
        }

        var page = await _catalog.ListAvailableAsync(0, 10, default);

        Assert.Equal([newer.Id, older.Id], page.Value!.Items.Select(r => r.Report.Id));
        Assert.Equal(2, page.Value.Total);
        Assert.Equal("protection-report_Acme_20261101T000000-20261108T000000.csv", page.Value.Items[1].FileName);
    }

    [Fact]
    public async Task ListAvailable_ScopedToOneTenant_ShowsOnlyItsReportsAndNoneOfEveryVm()
    {
        var store = new ProtectionReportStore(_database.Factory);
        var acme = Report("Acme", created: Now.AddHours(-3), expires: Now.AddHours(21));
        var globex = Report("Globex", created: Now.AddHours(-2), expires: Now.AddHours(22));
        var everyVm = Report(null, created: Now.AddHours(-1), expires: Now.AddHours(23));
        foreach (var report in new[] { acme, globex, everyVm })
        {
            await store.AddAsync(report, default);
        }

        var scoped = new ReportCatalog(new ReportListStore(_database.Factory), new FakeTimeProvider(new DateTimeOffset(Now)), new FixedScope(new AccessScope(ConsoleRoles.Auditor, false, new HashSet<Guid> { acme.TenantId!.Value })));
        var unscoped = new ReportCatalog(new ReportListStore(_database.Factory), new FakeTimeProvider(new DateTimeOffset(Now)), new FixedScope(new AccessScope(ConsoleRoles.Auditor, true, new HashSet<Guid>())));
        var noRole = new ReportCatalog(new ReportListStore(_database.Factory), new FakeTimeProvider(new DateTimeOffset(Now)), new FixedScope(AccessScope.None));

        var own = await scoped.ListAvailableAsync(0, 10, default);
        var all = await unscoped.ListAvailableAsync(0, 10, default);
        var none = await noRole.ListAvailableAsync(0, 10, default);

        Assert.Equal([acme.Id], own.Value!.Items.Select(r => r.Report.Id));
        Assert.Equal(1, own.Value.Total);
        Assert.Equal([everyVm.Id, globex.Id, acme.Id], all.Value!.Items.Select(r => r.Report.Id));
        Assert.Empty(none.Value!.Items);
    }

    [Fact]
    public async Task ListAvailable_PageOutOfBounds_IsRefused()
    {
        Assert.Equal(ErrorCodes.InvalidParameterValue, (await _catalog.ListAvailableAsync(0, 0, default)).Error!.Code);
        Assert.Equal(ErrorCodes.InvalidParameterValue, (await _catalog.ListAvailableAsync(-1, 10, default)).Error!.Code);
    }

    private static ProtectionReport Report(string? tenantName, DateTime created, DateTime expires) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = tenantName is null ? null : Guid.NewGuid(),
        TenantName = tenantName,
        From = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
        To = new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc),
        Created = created,
        Expires = expires,
        TaskId = Guid.NewGuid(),
    };

    private sealed class FixedScope(AccessScope scope) : IAccessScope
    {
        public AccessScope Current => scope;
    }
}
