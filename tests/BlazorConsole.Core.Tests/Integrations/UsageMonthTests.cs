using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class UsageMonthTests
{
    [Fact]
    public void Boundaries_AreUtcMidnightsOfTheMonthAndTheNext()
    {
        var month = new UsageMonth(2026, 12);

        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), month.Start);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), month.End);
        Assert.Equal(DateTimeKind.Utc, month.Start.Kind);
        Assert.Equal(31, month.Days);
    }

    [Fact]
    public void Days_FebruaryOfALeapYear_Is29()
    {
        Assert.Equal(29, new UsageMonth(2028, 2).Days);
        Assert.Equal(28, new UsageMonth(2027, 2).Days);
    }

    [Fact]
    public void PreviousAndNext_CrossTheYear()
    {
        Assert.Equal(new UsageMonth(2025, 12), new UsageMonth(2026, 1).Previous());
        Assert.Equal(new UsageMonth(2027, 1), new UsageMonth(2026, 12).Next());
    }

    [Fact]
    public void Of_TheLastInstantOfAMonth_IsThatMonth() =>
        Assert.Equal(new UsageMonth(2026, 11), UsageMonth.Of(new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero)));

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-13", false)]
    [InlineData("november", false)]
    [InlineData(null, false)]
    public void TryParse_ReadsYearDashMonthOnly(string? text, bool ok)
    {
        Assert.Equal(ok, UsageMonth.TryParse(text, out var month));
        if (ok)
        {
            Assert.Equal(text, month.ToString());
        }
    }
}
