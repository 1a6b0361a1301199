using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Protection;
using BlazorConsole.Data.Reports;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Reports;

public sealed class ReportRowSourceTests : IDisposable
{
    private static readonly DateTime Day = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly ReportRowSource _source;

    public ReportRowSourceTests() => _source = new ReportRowSource(_database.Factory);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Stream_SelectsPeriodsOverlappingTheRange_OrderedByStartThenBiosId()
    {
        var a = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
        var b = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
        await StoreAsync(
            new(a, "before", Day.AddDays(-2), Day.AddDays(-1)),
            new(a, "touching-from", Day.AddHours(-1), Day),
            new(b, "across-from", Day.AddHours(-1), Day.AddHours(1)),
            new(a, "inside", Day.AddHours(2), Day.AddHours(3)),
            new(b, "inside-same-start", Day.AddHours(2), Day.AddHours(4)),
            new(a, "open", Day.AddHours(5), null),
            new(b, "at-to", Day.AddDays(1), Day.AddDays(2)));

        var rows = await ReadAsync(new ReportQuery(null, new ReportRange(Day, Day.AddDays(1))));

        Assert.Equal(["across-from", "inside", "inside-same-start", "open"], rows.Select(r => r.VmName));
        Assert.Equal([b, a, b, a], rows.Select(r => r.BiosId));
        Assert.Null(rows[^1].End);
    }

    [Fact]
    public async Task Stream_WithoutTenant_IncludesVmsOfNoTenantWithEmptyTenantFields()
    {
        var tenant = await _database.AddTenantAsync("Contoso");
        var registered = Guid.NewGuid();
        var stray = Guid.NewGuid();
        await _database.AddVirtualMachineAsync(tenant.Id, registered, "registered-name");
        await StoreAsync(new(registered, null, Day, null), new(stray, "stray", Day.AddHours(1), null));

        var rows = await ReadAsync(new ReportQuery(null, new ReportRange(Day, Day.AddDays(1))));

        Assert.Equal(2, rows.Count);
        Assert.Equal(tenant.Id, rows[0].TenantId);
        Assert.Equal("Contoso", rows[0].TenantName);
        Assert.Equal("registered-name", rows[0].VmName);
        Assert.Null(rows[1].TenantId);
        Assert.Null(rows[1].TenantName);
        Assert.Equal("stray", rows[1].VmName);
    }

    [Fact]
    public async Task Stream_WithTenant_ReturnsOnlyThatTenantsVms()
    {
        var contoso = await _database.AddTenantAsync("Contoso");
        var fabrikam = await _database.AddTenantAsync("Fabrikam");
        var mine = Guid.NewGuid();
        var theirs = Guid.NewGuid();
        await _database.AddVirtualMachineAsync(contoso.Id, mine, "mine");
        await _database.AddVirtualMachineAsync(fabrikam.Id, theirs, "theirs");
        await StoreAsync(new(mine, null, Day, null), new(theirs, null, Day, null), new(Guid.NewGuid(), "stray", Day, null));

        var rows = await ReadAsync(new ReportQuery(contoso.Id, new ReportRange(Day, Day.AddDays(1))));

        var row = Assert.Single(rows);
        Assert.Equal(mine, row.BiosId);
        Assert.Equal("Contoso", row.TenantName);
    }

    [Fact]
    public async Task Stream_ThroughTheWriter_ClipsPeriodsToTheRange()
    {
        var biosId = Guid.Parse("cccccccc-0000-0000-0000-000000000003");
        await StoreAsync(new(biosId, "vm", Day.AddHours(-3), Day.AddHours(2)), new(biosId, "vm", Day.AddHours(20), null));
        var range = new ReportRange(Day, Day.AddDays(1));
        using var output = new MemoryStream();

        await using (var writer = new ReportCsvWriter(output, range))
        {
            await foreach (var row in _source.StreamAsync(new ReportQuery(null, range), default))
            {
                writer.Write(row);
            }
        }

        Assert.Equal(
            ";;cccccccc-0000-0000-0000-000000000003;vm;2026-03-01T00:00:00;2026-03-01T02:00:00\r\n"
            + ";;cccccccc-0000-0000-0000-000000000003;vm;2026-03-01T20:00:00;2026-03-02T00:00:00\r\n",
            System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }

    private Task<IngestionSummary> StoreAsync(params IncomingPeriod[] periods) =>
        new ProtectionPeriodStore(_database.Factory).UpsertAsync("svm", periods, default);

    private async Task<List<ReportRow>> ReadAsync(ReportQuery query)
    {
        var rows = new List<ReportRow>();
        await foreach (var row in _source.StreamAsync(query, default))
        {
            rows.Add(row);
        }

        return rows;
    }
}
