using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Reports;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Reports;

public sealed class ReportRetentionWorkerTests : IDisposable
{
    private static readonly DateTime Now = new(2027, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly ConsoleFactory _factory = ReportApi.EnabledFactory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Now));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task HourlyPass_DeletesOldClosedPeriodsAndExpiredReports_KeepsOpenAndRecentOnes()
    {
        using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        var worker = app.Services.GetRequiredService<ReportRetentionWorker>();
        await WaitAsync(() => worker.Passes >= 1);
        var periods = app.Services.GetRequiredService<IProtectionPeriodStore>();
        var oldStart = Now.AddDays(-500);
        await periods.UpsertAsync("svm", [
            new(Guid.NewGuid(), "ended-long-ago", oldStart, oldStart.AddDays(1)),
            new(Guid.NewGuid(), "open-since-long-ago", oldStart, null),
            new(Guid.NewGuid(), "ended-recently", oldStart, Now.AddDays(-10)),
        ], default);
        var expired = await AddReportAsync(app.Services, Now.AddMinutes(30));
        var alive = await AddReportAsync(app.Services, Now.AddHours(5));

        _time.Advance(TimeSpan.FromHours(1));
        await WaitAsync(() => worker.Passes >= 2);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        Assert.Equal(["ended-recently", "open-since-long-ago"], await db.ProtectionPeriods.OrderBy(p => p.VmName).Select(p => p.VmName!).ToListAsync());
        var files = app.Services.GetRequiredService<IReportFileStore>();
        var reports = app.Services.GetRequiredService<IProtectionReportStore>();
        Assert.Null(await reports.GetAsync(expired, default));
        Assert.Null(files.Find(expired));
        Assert.NotNull(await reports.GetAsync(alive, default));
        Assert.NotNull(files.Find(alive));
    }

    private static async Task<Guid> AddReportAsync(IServiceProvider services, DateTime expires)
    {
        var id = Guid.NewGuid();
        var files = services.GetRequiredService<IReportFileStore>();
        await using (var stream = files.CreateTemporary(id))
        {
            stream.WriteByte((byte)'x');
        }

        files.Commit(id);
        await services.GetRequiredService<IProtectionReportStore>().AddAsync(
            new ProtectionReport { Id = id, From = Now.AddDays(-1), To = Now, Created = Now, Expires = expires, TaskId = id, SizeBytes = 1 },
            default);
        return id;
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Yield();
            Thread.Sleep(25);
        }

        Assert.True(condition(), "The retention worker did not run its pass in time.");
    }
}
