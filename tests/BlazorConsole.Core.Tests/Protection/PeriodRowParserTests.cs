using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;

namespace BlazorConsole.Core.Tests.Protection;

public sealed class PeriodRowParserTests
{
    private const string Bios = "4C4C4544-0042-3510-8052-B4C04F384E32";

    [Fact]
    public void Parse_ValidRow_ReturnsUtcPeriod()
    {
        var result = PeriodRowParser.Parse(1, "{" + Bios.ToLowerInvariant() + "}", "web-01", "2026-03-01T08:00:00", "2026-03-01T09:00:00");

        Assert.True(result.IsSuccess);
        Assert.Equal(Guid.Parse(Bios), result.Value.BiosId);
        Assert.Equal(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), result.Value.Start);
        Assert.Equal(DateTimeKind.Utc, result.Value.Start.Kind);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), result.Value.End);
    }

    [Fact]
    public void Parse_NoEnd_IsAnOpenPeriod()
    {
        var result = PeriodRowParser.Parse(1, Bios, null, "2026-03-01T08:00:00", null);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.End);
        Assert.Null(result.Value.VmName);
    }

    [Theory]
    [InlineData(null, "2026-03-01T08:00:00", null, ErrorCodes.MandatoryParameterIsNotSpecified, "biosId")]
    [InlineData("not-a-uuid", "2026-03-01T08:00:00", null, ErrorCodes.InvalidParameterValue, "biosId")]
    [InlineData("00000000-0000-0000-0000-000000000000", "2026-03-01T08:00:00", null, ErrorCodes.InvalidParameterValue, "biosId")]
    [InlineData(Bios, null, null, ErrorCodes.MandatoryParameterIsNotSpecified, "start")]
    [InlineData(Bios, "01.03.2026 08:00", null, ErrorCodes.InvalidParameterValue, "start")]
    [InlineData(Bios, "2026-03-01T08:00:00", "tomorrow", ErrorCodes.InvalidParameterValue, "end")]
    [InlineData(Bios, "2026-03-01T08:00:00", "2026-03-01T07:59:59", ErrorCodes.InvalidParameterValue, "end")]
    public void Parse_BadRow_FailsWithCodeAttributeAndRowNumber(string? biosId, string? start, string? end, string code, string attribute)
    {
        var result = PeriodRowParser.Parse(7, biosId, "vm", start, end);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Contains("Period 7", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{attribute}'", result.Error.Message, StringComparison.Ordinal);
    }
}
