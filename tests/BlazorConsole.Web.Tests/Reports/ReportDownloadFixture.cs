namespace BlazorConsole.Web.Tests.Reports;

/// <summary>One console with periods stored and one report of every VM generated, shared by the download tests.</summary>
public sealed class ReportDownloadFixture : IAsyncLifetime
{
    private readonly ReportConsole _console = new();

    public HttpClient Client => _console.Client;

    public string ReportId { get; private set; } = string.Empty;

    public byte[] Expected { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var periods = Enumerable.Range(0, 40)
            .Select(i => ReportApi.Period(new Guid(i + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]), $"vm-{i:D2}", $"2026-03-01T{i % 24:D2}:00:00", $"2026-03-02T{i % 24:D2}:00:00"))
            .ToArray();
        using var stored = await ReportApi.PostPeriodsAsync(Client, ReportApi.Batch(periods));
        stored.EnsureSuccessStatusCode();
        ReportId = await ReportApi.GenerateAsync(_console.Factory, Client, "?from=2026-03-01T00:00:00&to=2026-03-03T00:00:00");
        using var full = await Client.GetAsync($"{ReportApi.Prefix}/reports/tenants/{ReportId}");
        Expected = await full.Content.ReadAsByteArrayAsync();
    }

    public Task DisposeAsync()
    {
        _console.Dispose();
        return Task.CompletedTask;
    }
}
