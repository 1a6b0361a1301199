using System.Text;
using BlazorConsole.Core.Reports;

namespace BlazorConsole.Core.Tests.Reports;

public sealed class ReportCsvWriterTests
{
    private static readonly DateTime Day = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ReportRange Range = new(Day, Day.AddDays(1));
    private static readonly Guid Tenant = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid Bios = Guid.Parse("AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE");

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("comma,is,fine", "comma,is,fine")]
    public void Quote_SpecialCharacters_FollowRfc4180(string? field, string expected) =>
        Assert.Equal(expected, ReportCsvWriter.Quote(field));

    [Fact]
    public async Task Write_TenantRow_WritesSixFieldsWithCrlfAndLowerCaseIds()
    {
        var text = await WriteAsync(new ReportRow(Tenant, "Contoso", Bios, "web-01", Day.AddHours(1), Day.AddHours(2)));

        Assert.Equal("11111111-2222-3333-4444-555555555555;Contoso;aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;web-01;2026-03-01T01:00:00;2026-03-01T02:00:00\r\n", text);
    }

    [Fact]
    public async Task Write_VmOfNoTenant_LeavesBothTenantFieldsEmpty()
    {
        var text = await WriteAsync(new ReportRow(null, null, Bios, "stray", Day, Day.AddHours(1)));

        Assert.StartsWith(";;aaaaaaaa-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FieldsWithSeparatorQuotesAndBreaks_AreQuoted()
    {
        var text = await WriteAsync(new ReportRow(Tenant, "A; \"B\"", Bios, "x\r\ny", Day, Day.AddHours(1)));

        Assert.Equal("11111111-2222-3333-4444-555555555555;\"A; \"\"B\"\"\";aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee;\"x\r\ny\";2026-03-01T00:00:00;2026-03-01T01:00:00\r\n", text);
    }

    [Fact]
    public async Task Write_PeriodsCrossingTheRange_AreClippedAndOpenPeriodsEndAtTo()
    {
        var text = await WriteAsync(
            new ReportRow(null, null, Bios, "vm", Day.AddHours(-5), Day.AddHours(3)),
            new ReportRow(null, null, Bios, "vm", Day.AddHours(20), null),
            new ReportRow(null, null, Bios, "vm", Day.AddHours(22), Day.AddDays(3)));

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(";2026-03-01T00:00:00;2026-03-01T03:00:00", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(";2026-03-01T20:00:00;2026-03-02T00:00:00", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(";2026-03-01T22:00:00;2026-03-02T00:00:00", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NonAsciiNames_AreUtf8WithoutBom()
    {
        using var output = new MemoryStream();
        await using (var writer = new ReportCsvWriter(output, Range))
        {
            writer.Write(new ReportRow(Tenant, "Zürich ÅB", Bios, "vm", Day, Day));
            Assert.Equal(1, writer.Rows);
        }

        var bytes = output.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("Zürich ÅB", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(params ReportRow[] rows)
    {
        using var output = new MemoryStream();
        await using (var writer = new ReportCsvWriter(output, Range))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }
}
