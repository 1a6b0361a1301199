using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Reports;

/// <summary>
/// A console with protection reports enabled and a client signed in as the admin, created on first use;
/// one per test (a test class holds it in a field and disposes it).
/// </summary>
internal sealed class ReportConsole : IDisposable
{
    private readonly Lazy<HttpClient> _client;

    public ReportConsole() => _client = new(() => ReportApi.CreateClient(Factory));

    public ConsoleFactory Factory { get; } = ReportApi.EnabledFactory();

    public HttpClient Client => _client.Value;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }

        Factory.Dispose();
    }
}
