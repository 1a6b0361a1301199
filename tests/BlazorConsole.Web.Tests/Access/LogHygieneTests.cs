using BlazorConsole.Data.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorConsole.Web.Tests.Access;

public sealed class LogHygieneTests : IDisposable
{
    private const string WrongPassword = "Secret-Wr0ng-Password!";

    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task FailedBasicLoginAndSignIn_LogNeitherPasswordsNorAuthorizationValues()
    {
        using var client = _host.CreateClient();
        var wrongHeader = AccessClient.BasicValue(ConsoleFactory.AdminUserName, WrongPassword);
        var rightHeader = AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        await client.GetAsync(ProbeEndpointFilter.Path, wrongHeader);
        await client.GetAsync(ProbeEndpointFilter.Path, rightHeader);
        await client.SignInAsync(ConsoleFactory.AdminUserName, WrongPassword);
        await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        var entries = _host.Logs.Entries;
        Assert.Contains(entries, e => e.Level >= LogLevel.Information && e.Category.Contains("BasicAuthenticationHandler", StringComparison.Ordinal));
        foreach (var secret in new[] { WrongPassword, ConsoleFactory.AdminPassword, wrongHeader, rightHeader, wrongHeader["Basic ".Length..], rightHeader["Basic ".Length..] })
        {
            Assert.DoesNotContain(entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task DatabaseContext_SensitiveDataLogging_IsOff()
    {
        using var client = _host.CreateClient();
        var factory = _host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.NotNull(core);
        Assert.False(core.IsSensitiveDataLoggingEnabled);
    }
}
