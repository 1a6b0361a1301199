using System.Globalization;
using System.Net;
using System.Text;

namespace BlazorConsole.Web.Tests.Reports;

public sealed class ReportDownloadApiTests(ReportDownloadFixture fixture) : IClassFixture<ReportDownloadFixture>
{
    private string Url => $"{ReportApi.Prefix}/reports/tenants/{fixture.ReportId}";

    [Fact]
    public async Task Download_NoRange_Returns200CsvAttachmentWithEveryLine()
    {
        using var response = await fixture.Client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("protection-report_all-tenants_20260301T000000-20260303T000000.csv", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Contains("bytes", response.Headers.AcceptRanges);
        var lines = Encoding.UTF8.GetString(fixture.Expected).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(40, lines.Length);
        Assert.Equal(";;00000001-0000-0000-0000-000000000001;vm-00;2026-03-01T00:00:00;2026-03-02T00:00:00", lines[0]);
        Assert.Equal(fixture.Expected.Length, response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("bytes=0-99", 0, 99)]
    [InlineData("bytes=100-", 100, -1)]
    [InlineData("bytes=-50", -50, -1)]
    [InlineData("bytes=10-999999", 10, -1)]
    public async Task Download_SingleRange_Returns206WithExactBytesAndContentRange(string range, int first, int last)
    {
        var total = fixture.Expected.Length;
        var start = first < 0 ? total + first : first;
        var end = last < 0 ? total - 1 : last;

        using var response = await GetWithAsync("Range", range);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"bytes {start}-{end}/{total}"), response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(end - start + 1, response.Content.Headers.ContentLength);
        Assert.Equal(fixture.Expected[start..(end + 1)], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_UnsatisfiableRange_Returns416WithTotal()
    {
        using var response = await GetWithAsync("Range", $"bytes={fixture.Expected.Length + 10}-");

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"bytes */{fixture.Expected.Length}"), response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task Download_MultipleRanges_ReturnsTheWholeFileWith200()
    {
        using var response = await GetWithAsync("Range", "bytes=0-9,20-29");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fixture.Expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("application/csv", HttpStatusCode.OK)]
    [InlineData("*/*", HttpStatusCode.OK)]
    [InlineData("application/*;q=0.2", HttpStatusCode.OK)]
    [InlineData("text/html, application/csv;q=0.9", HttpStatusCode.OK)]
    [InlineData("APPLICATION/CSV", HttpStatusCode.OK)]
    [InlineData("application/xml", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/csv", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/*", HttpStatusCode.UnsupportedMediaType)]
    public async Task Download_Accept_Returns200WhenItAllowsApplicationCsvElse415(string accept, HttpStatusCode expected)
    {
        using var response = await GetWithAsync("Accept", accept);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("0e9a4bd5-6f0a-4b59-9d8c-4b1f1a6b1e10")]
    [InlineData("not-a-guid")]
    public async Task Download_UnknownOrMalformedId_Returns404WithCode(string id)
    {
        using var response = await fixture.Client.GetAsync($"{ReportApi.Prefix}/reports/tenants/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("VIRMT_ReportWithSpecifiedIdNotFound", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>GET of the fixture's report with one extra request header.</summary>
    private async Task<HttpResponseMessage> GetWithAsync(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.TryAddWithoutValidation(header, value);
        return await fixture.Client.SendAsync(request);
    }
}
