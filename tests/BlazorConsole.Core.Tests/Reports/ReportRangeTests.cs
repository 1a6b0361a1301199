using BlazorConsole.Core.Reports;

namespace BlazorConsole.Core.Tests.Reports;

public sealed class ReportRangeTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 30, 15, DateTimeKind.Utc);
    private static readonly DateTime Earliest = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Resolve_NoFromNoTo_RunsFromTheEarliestRecordToNow()
    {
        var range = ReportRange.Resolve(null, null, Earliest, Now.AddTicks(1234));

        Assert.Equal(new ReportRange(Earliest, Now), range);
    }

    [Fact]
    public void Resolve_GivenBoth_KeepsThem()
    {
        var from = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new ReportRange(from, to), ReportRange.Resolve(from, to, Earliest, Now));
    }

    [Fact]
    public void Resolve_NothingStored_IsAnEmptyRangeEndingNow()
    {
        Assert.Equal(new ReportRange(Now, Now), ReportRange.Resolve(null, null, null, Now));
    }

    [Fact]
    public void Resolve_EarliestAfterTo_NeverPutsFromAfterTo()
    {
        var to = Earliest.AddDays(-1);

        Assert.Equal(new ReportRange(to, to), ReportRange.Resolve(null, to, Earliest, Now));
    }

    [Theory]
    [InlineData(-2, -1, false)]
    [InlineData(-1, 0, false)]
    [InlineData(-1, 1, true)]
    [InlineData(1, 2, true)]
    [InlineData(23, null, true)]
    [InlineData(24, 25, false)]
    [InlineData(24, null, false)]
    public void Overlaps_HalfOpenRange_IncludesOnlyPeriodsInside(int startHour, int? endHour, bool expected)
    {
        var day = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var range = new ReportRange(day, day.AddDays(1));

        Assert.Equal(expected, range.Overlaps(day.AddHours(startHour), endHour is { } e ? day.AddHours(e) : null));
    }
}
