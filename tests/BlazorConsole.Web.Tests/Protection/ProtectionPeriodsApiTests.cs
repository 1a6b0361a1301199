using System.Net;
using System.Xml.Linq;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Tests.Common;
using BlazorConsole.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Protection;

public sealed class ProtectionPeriodsApiTests : IDisposable
{
    private readonly ReportConsole _console = new();

    public void Dispose() => _console.Dispose();

    [Fact]
    public async Task Post_WhileReportsDisabled_Returns409AndStoresNothing()
    {
        using var factory = new ConsoleFactory();
        using var client = ReportApi.CreateClient(factory);

        using var response = await ReportApi.PostPeriodsAsync(client, ReportApi.Batch(ReportApi.Period(Guid.NewGuid(), "vm", "2026-03-01T00:00:00")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("VIRMT_ProtectionReportsDisabled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(factory));
    }

    [Fact]
    public async Task Post_ValidBatch_Returns200WithSummary_AndRepeatingItChangesNothing()
    {
        var biosId = Guid.NewGuid();
        var batch = ReportApi.Batch(
            ReportApi.Period(biosId, "web-01", "2026-03-01T08:00:00", "2026-03-01T09:00:00"),
            ReportApi.Period(biosId, "web-01", "2026-03-01T10:00:00"));

        var first = await SummaryAsync(await ReportApi.PostPeriodsAsync(_console.Client, batch));
        var second = await SummaryAsync(await ReportApi.PostPeriodsAsync(_console.Client, batch));
        var closing = await SummaryAsync(await ReportApi.PostPeriodsAsync(_console.Client, ReportApi.Batch(ReportApi.Period(biosId, "web-01", "2026-03-01T10:00:00", "2026-03-01T12:00:00"))));

        Assert.Equal(("2", "2", "0", "0"), first);
        Assert.Equal(("2", "0", "0", "2"), second);
        Assert.Equal(("1", "0", "1", "0"), closing);
        Assert.Equal(2, await CountAsync(_console.Factory));
    }

    [Theory]
    [InlineData("biosId=\"nope\" start=\"2026-03-01T00:00:00\"", "VIRMT_InvalidParameterValue")]
    [InlineData("start=\"2026-03-01T00:00:00\"", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("biosId=\"4C4C4544-0042-3510-8052-B4C04F384E32\"", "VIRMT_MandatoryParameterIsNotSpecified")]
    [InlineData("biosId=\"4C4C4544-0042-3510-8052-B4C04F384E32\" start=\"2026-03-01 00:00\"", "VIRMT_InvalidParameterValue")]
    [InlineData("biosId=\"4C4C4544-0042-3510-8052-B4C04F384E32\" start=\"2026-03-02T00:00:00\" end=\"2026-03-01T00:00:00\"", "VIRMT_InvalidParameterValue")]
    public async Task Post_BadThirdRow_Returns400WithCodeAndRowNumber_AndStoresNothing(string attributes, string code)
    {
        var xml = ReportApi.Batch(
            ReportApi.Period(Guid.NewGuid(), "a", "2026-03-01T00:00:00"),
            ReportApi.Period(Guid.NewGuid(), "b", "2026-03-01T00:00:00"),
            $"<period {attributes}/>");

        using var response = await ReportApi.PostPeriodsAsync(_console.Client, xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(code, body.Element("code")!.Value);
        Assert.Contains("Period 3", body.Element("message")!.Value, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(_console.Factory));
    }

    [Theory]
    [InlineData("<periods/>")]
    [InlineData("<protectionPeriods><period")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><protectionPeriods/>")]
    public async Task Post_MalformedBody_Returns400InvalidRequestBody(string xml)
    {
        using var response = await ReportApi.PostPeriodsAsync(_console.Client, xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("VIRMT_InvalidRequestBody", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver64MiB_Returns413AndStoresNothing()
    {
        using var content = new OversizedBatchContent(64L << 20);

        using var response = await _console.Client.PostAsync($"{ReportApi.Prefix}/protection-periods", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await CountAsync(_console.Factory));
    }

    [Fact]
    public async Task Post_ContentLengthOver64MiB_Returns413WithoutReadingTheBody()
    {
        using var content = new StringContent("<protectionPeriods/>");
        content.Headers.ContentLength = (64L << 20) + 1;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ReportApi.Prefix}/protection-periods") { Content = content };

        using var response = await _console.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<(string, string, string, string)> SummaryAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
            Assert.Equal("protectionPeriods", root.Name.LocalName);
            return ((string)root.Attribute("received")!, (string)root.Attribute("inserted")!, (string)root.Attribute("closed")!, (string)root.Attribute("unchanged")!);
        }
    }

    private static async Task<int> CountAsync(ConsoleFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.ProtectionPeriods.CountAsync();
    }
}
