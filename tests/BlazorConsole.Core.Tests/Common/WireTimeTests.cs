using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tests.Common;

public sealed class WireTimeTests
{
    [Fact]
    public void ToWire_UtcTime_UsesSeedFormat() =>
        Assert.Equal("2026-03-04T05:06:07", new DateTime(2026, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc).ToWire());

    [Theory]
    [InlineData("2026-03-04T05:06:07")]
    [InlineData("2026-03-04T05:06:07Z")]
    [InlineData(" 2026-03-04T05:06:07 ")]
    public void TryParse_SeedFormat_IsUtc(string text)
    {
        Assert.True(WireTime.TryParse(text, out var parsed));
        Assert.Equal(new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-03-04")]
    [InlineData("04/03/2026 05:06:07")]
    [InlineData("2026-13-04T05:06:07")]
    [InlineData("2026-03-04T05:06:07+02:00")]
    public void TryParse_OtherFormats_AreRefused(string? text) => Assert.False(WireTime.TryParse(text, out _));

    [Fact]
    public void TruncateToSeconds_DropsFraction() =>
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 1, DateTimeKind.Utc), new DateTime(2026, 1, 1, 0, 0, 1, 999, DateTimeKind.Utc).TruncateToSeconds());
}
