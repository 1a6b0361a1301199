using System.Net;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>
/// The connection and integration services of the running console, called from a real request of a signed-in account
/// (the same Basic handler and principal scope as the REST API): only an Administrator covering all tenants gets through.
/// </summary>
public sealed class AdministratorGuardTests : IDisposable
{
    private readonly ConsoleFactory _factory = new();

    public AdministratorGuardTests() => _factory.TestServices.Add(services => services.AddSingleton<IStartupFilter, GuardProbeFilter>());

    [Theory]
    [InlineData(ConsoleRoles.Operator, false)]
    [InlineData(ConsoleRoles.Auditor, false)]
    [InlineData(ConsoleRoles.Administrator, true)]
    public async Task Changes_AccountWithoutAdministrationOfAllTenants_RefusedWithTheReasonAndKscKept(string role, bool scoped)
    {
        await SaveKscAsync();
        var account = await _factory.AddAccountAsync(role, scoped ? TenantScope.Only([Guid.NewGuid()]) : null);
        var answers = await CallAsync(account);

        Assert.Equal(GuardProbeFilter.Calls.Length, answers.Count);
        Assert.All(answers, answer => Assert.Equal(AccessScopeErrors.AdministratorRequired.Message, answer.Value));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Equal("ksc.example.com", (await scope.ServiceProvider.GetRequiredService<IKscConnectionStore>().GetAsync(CancellationToken.None))!.Address);
    }

    [Fact]
    public async Task Changes_AdministratorOfAllTenants_GoThrough()
    {
        await SaveKscAsync();
        var account = await _factory.AddAccountAsync(ConsoleRoles.Administrator);

        var answers = await CallAsync(account);

        Assert.Equal("deleted", answers["ksc"]);
        Assert.All(answers.Values, message => Assert.NotEqual(AccessScopeErrors.AdministratorRequired.Message, message));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IKscConnectionStore>().GetAsync(CancellationToken.None));
    }

    public void Dispose() => _factory.Dispose();

    private async Task SaveKscAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IKscConnectionStore>().SaveAsync(
            new KscConnection
            {
                Address = "ksc.example.com",
                Port = KscDefaults.Port,
                UserName = "integration",
                ProtectedPassword = scope.ServiceProvider.GetRequiredService<ISecretProtector>().Protect("Ksc-Passw0rd!"),
                Tested = true,
                UpdatedBy = "admin",
                Updated = DateTime.UtcNow,
            },
            CancellationToken.None);
    }

    private async Task<Dictionary<string, string>> CallAsync(string account)
    {
        using var client = _factory.BasicClient(account);
        using var response = await client.PostAsync(GuardProbeFilter.Path, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
    }

    /// <summary>POST {prefix}/guard-probe behind the real API authentication: one change per guarded service, each answer on a line.</summary>
    private sealed class GuardProbeFilter : IStartupFilter
    {
        public const string Path = ApiRoutes.Prefix + "/guard-probe";

        public static readonly (string Name, Func<IServiceProvider, Task<Error?>> Change)[] Calls =
        [
            ("ksc", async s => (await s.GetRequiredService<KscConnectionService>().DeleteAsync("probe", CancellationToken.None)).Error),
            ("hierarchy", async s => (await s.GetRequiredService<HierarchyService>().RemoveAsync(1, "probe", CancellationToken.None)).Error),
            ("autotask", async s => (await s.GetRequiredService<AutotaskIntegrationService>().DeleteAsync(Guid.NewGuid(), CancellationToken.None)).Error),
            ("mapping", async s => (await s.GetRequiredService<CompanyMappingService>().UnmapAsync(Guid.NewGuid(), Guid.NewGuid(), CancellationToken.None)).Error),
            ("usage", async s => (await s.GetRequiredService<AutotaskUsageService>().PushAsync(Guid.NewGuid(), new UsageMonth(2026, 10), "probe", CancellationToken.None)).Error),
            ("mdr", async s => (await s.GetRequiredService<IMdrConnectionService>().DeleteAsync(Guid.NewGuid(), "probe", CancellationToken.None)).Error),
            ("mdr-sync", async s => (await s.GetRequiredService<IMdrIncidentService>().SyncNowAsync(Guid.NewGuid(), CancellationToken.None)).Error),
        ];

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(context => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase), probe =>
            {
                probe.UseRouting();
                probe.UseAuthentication();
                probe.UseAuthorization();
                probe.UseEndpoints(endpoints => endpoints.MapConsoleApi().MapPost("/guard-probe", async (HttpContext context) =>
                {
                    var lines = new List<string>();
                    foreach (var (name, change) in Calls)
                    {
                        var error = await change(context.RequestServices);
                        lines.Add($"{name}: {error?.Message ?? "deleted"}");
                    }

                    return Results.Text(string.Join('\n', lines));
                }));
            });
            next(app);
        };
    }
}
