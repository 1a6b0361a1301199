using System.Net;
using System.Text;
using System.Xml.Linq;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Reports;

/// <summary>The whole REST flow through the task worker.</summary>
public sealed class ReportFlowTests : IDisposable
{
    private readonly ConsoleFactory _factory = ReportApi.EnabledFactory();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GenerateThenPollThenDownload_ReturnsTheReportCsv()
    {
        using var client = ReportApi.CreateClient(_factory);
        var biosId = Guid.NewGuid();
        using var stored = await ReportApi.PostPeriodsAsync(client, ReportApi.Batch(ReportApi.Period(biosId, "web-01", "2026-03-01T08:00:00", "2026-03-01T09:00:00")));
        stored.EnsureSuccessStatusCode();

        using var accepted = await client.PostAsync($"{ReportApi.Prefix}/reports/tenants?from=2026-03-01T00:00:00&to=2026-03-02T00:00:00", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.OriginalString;

        XElement task = null!;
        for (var i = 0; i < 300; i++)
        {
            task = XDocument.Parse(await client.GetStringAsync(location)).Root!;
            if (task.Element("state")!.Value is "Completed" or "Failed" or "Canceled")
            {
                break;
            }

            Thread.Sleep(50);
        }

        Assert.Equal("Completed", task.Element("state")!.Value);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ReportApi.Prefix}/reports/tenants/{task.Element("result")!.Value.Trim()}");
        request.Headers.TryAddWithoutValidation("Accept", "application/csv");
        using var download = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(
            $";;{biosId};web-01;2026-03-01T08:00:00;2026-03-01T09:00:00\r\n",
            Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()));
    }
}
