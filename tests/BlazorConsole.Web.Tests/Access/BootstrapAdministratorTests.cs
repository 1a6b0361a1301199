using System.Net;
using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorConsole.Web.Tests.Access;

public sealed class BootstrapAdministratorTests
{
    private const string GeneratedMarker = "generated password";

    private static void WithoutBootstrapSettings(Dictionary<string, string?> settings)
    {
        settings["Bootstrap:AdminUserName"] = "";
        settings["Bootstrap:AdminPassword"] = "";
    }

    [Fact]
    public async Task Start_WithBootstrapSettings_CreatesAdministratorWithHashedPassword()
    {
        using var host = new AccessHost();
        using var client = host.CreateClient();

        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await host.WithUsersAsync(users => users.Users.SingleAsync());
        Assert.Equal(ConsoleFactory.AdminUserName, user.UserName);
        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain(ConsoleFactory.AdminPassword, user.PasswordHash, StringComparison.Ordinal);
        Assert.NotEqual(
            PasswordVerificationResult.Failed,
            new PasswordHasher<ConsoleUser>().VerifyHashedPassword(user, user.PasswordHash, ConsoleFactory.AdminPassword));
        Assert.DoesNotContain(host.Logs.Entries, e => e.AllText.Contains(GeneratedMarker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithoutBootstrapSettings_LogsAGeneratedPasswordOnceThatSignsIn()
    {
        using var host = new AccessHost(WithoutBootstrapSettings);
        using var client = host.CreateClient();
        await client.GetAsync("/healthz");

        var warning = Assert.Single(host.Logs.Entries, e => e.AllText.Contains(GeneratedMarker, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        var password = warning.Values["GeneratedPassword"]!;
        Assert.True(password.Length >= 20);
        Assert.Contains(password, char.IsUpper);
        Assert.Contains(password, char.IsLower);
        Assert.Contains(password, char.IsDigit);
        Assert.Contains(password, c => !char.IsLetterOrDigit(c));
        var response = await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(BootstrapOptions.DefaultAdminUserName, password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Restart_WithAnAccountPresent_CreatesNoneAndLogsNoPassword()
    {
        using var first = new AccessHost(WithoutBootstrapSettings);
        using (var client = first.CreateClient())
        {
            await client.GetAsync("/healthz");
        }

        using var second = new AccessHost(settings =>
        {
            WithoutBootstrapSettings(settings);
            settings["ConnectionStrings:Console"] = $"Data Source={first.Factory.DatabasePath};Pooling=false";

            // a restart keeps its data folder, where the certificate protecting the key ring lives
            settings["Storage:DataFolder"] = first.Factory.DataFolder;
        });
        using var again = second.CreateClient();
        await again.GetAsync("/healthz");

        Assert.DoesNotContain(second.Logs.Entries, e => e.AllText.Contains(GeneratedMarker, StringComparison.Ordinal));
        Assert.Equal(1, await second.WithUsersAsync(users => users.Users.CountAsync()));
    }

    [Fact]
    public void Start_ConfiguredPasswordBelowPolicy_StopsNamingTheSetting()
    {
        using var host = new AccessHost(settings => settings["Bootstrap:AdminPassword"] = "Sh0rt!");

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Bootstrap:AdminPassword", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoHostsAtOnceOnAnEmptyStore_CreateOneAdministrator()
    {
        using var host = new AccessHost();
        using var client = host.CreateClient();
        await host.WithUsersAsync(async users => await users.DeleteAsync(await users.Users.SingleAsync()));
        var bootstrap = host.Services.GetRequiredService<BootstrapAdministrator>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => bootstrap.RunAsync(CancellationToken.None))));

        Assert.Equal(1, await host.WithUsersAsync(users => users.Users.CountAsync()));
    }

    private static string Flatten(Exception exception) => exception switch
    {
        AggregateException aggregate => string.Join("\n", aggregate.InnerExceptions.Select(Flatten)),
        { InnerException: { } inner } => exception.Message + "\n" + Flatten(inner),
        _ => exception.Message,
    };
}
