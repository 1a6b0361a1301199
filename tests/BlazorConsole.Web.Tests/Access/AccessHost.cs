using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>
/// The console (ConsoleFactory) with every log entry captured, the credential cache and the API failure throttle on a fake clock, and the
/// API probe endpoint. Settings may be changed through the constructor before the host starts.
/// </summary>
public sealed class AccessHost : IDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    public AccessHost(Action<Dictionary<string, string?>>? settings = null)
    {
        settings?.Invoke(Factory.Settings);
        _host = Factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<VerifiedCredentialCache>();
                services.AddSingleton(new VerifiedCredentialCache(Clock));
                services.RemoveAll<ApiFailureThrottle>();
                services.AddSingleton(provider => new ApiFailureThrottle(Clock, provider.GetRequiredService<IOptions<ApiThrottleOptions>>()));
                services.AddSingleton<IStartupFilter, ProbeEndpointFilter>();
            });
        });
    }

    public ConsoleFactory Factory { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _host.Services;

    /// <summary>A client that follows no redirect and keeps cookies itself (the auth cookie is Secure, the test server is http).</summary>
    public AccessClient CreateClient() =>
        new(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>Runs <paramref name="action"/> with a UserManager of its own scope.</summary>
    public async Task<T> WithUsersAsync<T>(Func<UserManager<ConsoleUser>, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>());
    }

    public void Dispose() => Factory.Dispose();
}
