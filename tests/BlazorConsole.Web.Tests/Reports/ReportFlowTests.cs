using System.Net;
using System.Text;
using System.Xml.Linq;

namespace BlazorConsole.Web.Tests.Reports;

/// <summary>The whole REST flow through the task worker.</summary>
public sealed class ReportFlowTests : IDisposable
{
    private readonly ReportConsole _console = new();

    public void Dispose() => _console.Dispose();

    [Fact]
    public async Task GenerateThenPollThenDownload_ReturnsTheReportCsv()
    {
        var biosId = Guid.NewGuid();
        using var stored = await ReportApi.PostPeriodsAsync(_console.Client, ReportApi.Batch(ReportApi.Period(biosId, "web-01", "2026-03-01T08:00:00", "2026-03-01T09:00:00")));
        stored.EnsureSuccessStatusCode();

        using var accepted = await _console.Client.PostAsync($"{ReportApi.Prefix}/reports/tenants?from=2026-03-01T00:00:00&to=2026-03-02T00:00:00", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.OriginalString;

        XElement task = null!;
        for (var i = 0; i < 300; i++)
        {
            task = XDocument.Parse(await _console.Client.GetStringAsync(location)).Root!;
            if (task.Element("state")!.Value is "Completed" or "Failed" or "Canceled")
            {
                break;
            }

            Thread.Sleep(50);
        }

        Assert.Equal("Completed", task.Element("state")!.Value);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ReportApi.Prefix}/reports/tenants/{task.Element("result")!.Value.Trim()}");
        request.Headers.TryAddWithoutValidation("Accept", "application/csv");
        using var download = await _console.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(
            $";;{biosId};web-01;2026-03-01T08:00:00;2026-03-01T09:00:00\r\n",
            Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()));
    }
}
