using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Reports;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Reports;

public sealed class ProtectionReportStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly ProtectionReportStore _store;

    public ProtectionReportStoreTests() => _store = new ProtectionReportStore(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ListExpired_ReturnsReportsExpiredAtOrBeforeNow_AndDeleteRemovesThem()
    {
        var expired = Report(Now.AddHours(-1));
        var atNow = Report(Now);
        var alive = Report(Now.AddHours(1));
        foreach (var report in new[] { expired, atNow, alive })
        {
            await _store.AddAsync(report, default);
        }

        var ids = await _store.ListExpiredAsync(Now, 10, default);

        Assert.Equal([expired.Id, atNow.Id], ids);
        Assert.True(await _store.DeleteAsync(expired.Id, default));
        Assert.False(await _store.DeleteAsync(expired.Id, default));
        Assert.Null(await _store.GetAsync(expired.Id, default));
        Assert.Equal(alive.Expires, (await _store.GetAsync(alive.Id, default))!.Expires);
    }

    private static ProtectionReport Report(DateTime expires) => new()
    {
        Id = Guid.NewGuid(),
        From = Now.AddDays(-1),
        To = Now,
        Created = expires.AddHours(-24),
        Expires = expires,
        TaskId = Guid.NewGuid(),
    };
}
