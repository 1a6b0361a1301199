using BlazorConsole.Web.Tests.Common;
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
}
