using BlazorConsole.Core.Ksc;
using BlazorConsole.Web.Tasks;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Tests.Tasks;

public sealed class TaskRegistrationTests
{
    [Fact]
    public async Task Start_DefaultSettings_WorkerHealthCheckIsRegisteredAndHealthy()
    {
        using var factory = new ConsoleFactory();

        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, report.Entries[TaskWorkerHealth.Name].Status);
        var options = factory.Services.GetRequiredService<IOptions<TaskOptions>>().Value;
        Assert.Equal(4, options.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(1), options.PollInterval);
        Assert.Equal(30, options.HistoryDays);
        Assert.Equal(TimeSpan.FromSeconds(30), options.LeaseDuration);
    }

    [Fact]
    public async Task Start_NoKscConnection_ReportsKscNotConfigured()
    {
        using var factory = new ConsoleFactory();

        var opened = await factory.Services.GetRequiredService<IKscSessions>().OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.ServiceNotConfiguredCode, opened.Error?.Code);
    }

    [Theory]
    [InlineData("Tasks:MaxConcurrency", "0")]
    [InlineData("Tasks:PollInterval", "00:00:00")]
    [InlineData("Tasks:HistoryDays", "0")]
    [InlineData("Tasks:LeaseDuration", "00:00:00.050")]
    [InlineData("Tasks:LeaseDuration", "01:00:00")]
    public void Start_InvalidTaskSetting_StopsStartNamingTheKey(string key, string value)
    {
        using var factory = new ConsoleFactory();
        factory.Settings[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}
