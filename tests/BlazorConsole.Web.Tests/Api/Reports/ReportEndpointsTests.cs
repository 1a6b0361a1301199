using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BlazorConsole.Web.Tests.Api.Common;

namespace BlazorConsole.Web.Tests.Api.Reports;

public sealed class ReportEndpointsTests(ReportApiHost host) : IClassFixture<ReportApiHost>
{
    private const string Csv = "t1;Contoso;4c4c4544-0042-3510-8058-b4c04f4e3232;web-01;2026-03-01T00:00:00;2026-03-01T12:00:00\n";

    private readonly HttpClient _client = host.Factory.CreateApiClient();

    [Theory]
    [InlineData("abc")]
    [InlineData("0198f2a4-5c1e-7b3d-9a41")]
    public async Task Generate_TenantIdNotAGuid_Returns404TenantNotFound(string tenantId)
    {
        using var response = await _client.PostApiAsync($"/reports/tenants?tenantId={tenantId}");

        await response.AssertErrorAsync(404, "VIRMT_TenantWithSpecifiedIdNotFound");
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Download_WholeReport_Returns200CsvAsAttachmentWithAcceptRanges()
    {
        var id = await host.AddReportAsync(Csv);

        using var response = await _client.GetApiAsync($"/reports/tenants/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal(Csv, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Download_SingleRange_Returns206WithContentRange()
    {
        var id = await host.AddReportAsync(Csv);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ApiClient.Prefix}/reports/tenants/{id}");
        request.Headers.Range = new RangeHeaderValue(3, 12);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 3-12/{Encoding.UTF8.GetByteCount(Csv)}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Csv[3..13], await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Download_RangeAfterTheEnd_Returns416()
    {
        var id = await host.AddReportAsync(Csv);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ApiClient.Prefix}/reports/tenants/{id}");
        request.Headers.Range = new RangeHeaderValue(10_000, null);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{Encoding.UTF8.GetByteCount(Csv)}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Download_FileDeletedAfterLookup_Returns404NotA500()
    {
        var id = await host.AddReportAsync(Csv);
        host.VanishOnLookup(id);

        using var response = await _client.GetApiAsync($"/reports/tenants/{id}");

        await response.AssertErrorAsync(404, "VIRMT_ReportWithSpecifiedIdNotFound");
    }
}
