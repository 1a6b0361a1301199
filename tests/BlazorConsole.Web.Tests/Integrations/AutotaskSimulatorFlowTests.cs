using System.Net;
using System.Text;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Integrations;

/// <summary>The integration, mapping and usage services of the whole console against the Autotask simulator over HTTPS.</summary>
public sealed class AutotaskSimulatorFlowTests : IAsyncLifetime
{
    private AutotaskSimulator _simulator = null!;
    private AccessHost _host = null!;

    public async Task InitializeAsync()
    {
        _simulator = await AutotaskSimulator.StartAsync();
        _host = new AccessHost(settings =>
        {
            settings["Autotask:DiscoveryAddress"] = _simulator.DiscoveryAddress.ToString();
            settings["Autotask:PinnedThumbprint"] = _simulator.CertificateThumbprint;
            settings["Autotask:MaxRetries"] = "1";
            settings["Autotask:RetryDelay"] = "00:00:00.050";
        });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _simulator.DisposeAsync();
    }

    private AutotaskIntegrationService Integrations => _host.Services.GetRequiredService<AutotaskIntegrationService>();

    private static UsageMonth LastMonth => UsageMonth.Of(DateTimeOffset.UtcNow).Previous();

    [Fact]
    public async Task Create_ReadOnlyUser_ReportsTheMissingRightsAndSavesNothing()
    {
        var result = await Integrations.CreateAsync(Input(AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret), "admin", saveDraft: false, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Null(result.Value.Saved);
        Assert.Contains(result.Value.Report!.Missing, line => line.Right == AutotaskRight.EditTickets && line.Remedy.Contains("Security Levels", StringComparison.Ordinal));
        Assert.Empty(await Integrations.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Create_UnknownUser_FailsWithZoneNotFound()
    {
        var result = await Integrations.CreateAsync(Input("nobody@example.com", "x"), "admin", saveDraft: false, CancellationToken.None);

        Assert.Equal(AutotaskErrors.ZoneNotFoundCode, result.Error?.Code);
        Assert.Empty(await Integrations.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FullUser_SecretIsInNeitherTheDatabaseFileNorThePageNorTheLog()
    {
        var created = await Integrations.CreateAsync(Input(AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.FullSecret), "admin", saveDraft: false, CancellationToken.None);
        var id = created.Value!.Saved!.Id;
        Assert.Equal(AutotaskIntegrationStatus.Validated, created.Value.Saved.Status);
        Assert.Equal(AutotaskSandboxUsers.AmericaEast, created.Value.Saved.ZoneName);

        using var client = _host.CreateClient();
        await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        var page = await client.GetAsync($"/integrations/{id}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(AutotaskSandboxUsers.FullUserName, html, StringComparison.Ordinal);
        foreach (var secret in new[] { AutotaskSandboxUsers.FullSecret, AutotaskSandboxUsers.IntegrationCode })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            Assert.DoesNotContain(_host.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal) || (e.Exception?.Contains(secret, StringComparison.Ordinal) ?? false));
            foreach (var file in new[] { _host.Factory.DatabasePath, _host.Factory.DatabasePath + "-wal" }.Where(File.Exists))
            {
                var bytes = await ReadSharedAsync(file);
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)));
            }
        }

        // the budget counts this console's requests to the simulator
        Assert.True(Integrations.GetBudget(created.Value.Saved).RequestsInWindow > 0);
    }

    [Fact]
    public async Task MapAndPush_SetsTheContractUnitsOnceEvenThroughA429Storm()
    {
        var id = await CreateValidatedAsync(limit: 3);
        var contoso = await AddTenantWithVmsAsync("Contoso", vms: 3);
        var fabrikam = await AddTenantWithVmsAsync("Fabrikam", vms: 2);
        await AddTenantWithVmsAsync("Woodgrove Bank", vms: 1);
        await AddTenantWithVmsAsync("Tailspin Toys", vms: 0);
        var mapping = _host.Services.GetRequiredService<CompanyMappingService>();

        // map three by their suggestions; the fourth is over the limit
        var board = await mapping.GetBoardAsync(id, MappingFilter.Unmapped, CancellationToken.None);
        Assert.True(board.IsSuccess, board.Error?.Message);
        var suggested = board.Value.Rows.Where(r => r.Suggestion is not null).ToDictionary(r => r.TenantName, r => r.Suggestion!);
        Assert.Equal(AutotaskSeedData.ContosoLtdId, suggested["Contoso"].CompanyId);
        Assert.Equal(178, suggested["Fabrikam"].CompanyId);
        foreach (var name in new[] { "Contoso", "Fabrikam", "Woodgrove Bank" })
        {
            var row = board.Value.Rows.Single(r => r.TenantName == name);
            Assert.True((await mapping.MapAsync(id, row.TenantId, row.Suggestion!.CompanyId, row.Suggestion.Confidence, "admin", CancellationToken.None)).IsSuccess);
        }

        var tailspin = board.Value.Rows.Single(r => r.TenantName == "Tailspin Toys");
        var fourth = await mapping.MapAsync(id, tailspin.TenantId, tailspin.Suggestion!.CompanyId, null, "admin", CancellationToken.None);
        Assert.Equal(AutotaskIntegrationErrors.MappingLimitReachedCode, fourth.Error?.Code);

        // dry run: Contoso and Fabrikam have the Light Agent service, Woodgrove Bank has none
        var usage = _host.Services.GetRequiredService<AutotaskUsageService>();
        var preview = await usage.PreviewAsync(id, LastMonth, CancellationToken.None);
        Assert.True(preview.IsSuccess, preview.Error?.Message);
        var contosoLine = preview.Value.Lines.Single(l => l.TenantId == contoso);
        Assert.Equal(3, contosoLine.Units);
        Assert.Equal(40, contosoLine.CurrentUnits);
        Assert.Equal(-37, contosoLine.Difference);
        Assert.NotNull(preview.Value.Lines.Single(l => l.TenantName == "Woodgrove Bank").Problem);
        Assert.Empty(_simulator.Snapshot().Adjustments);

        // a storm of 429s on the adjustments: Contoso's push fails, Fabrikam's gets through after the storm
        _simulator.Faults.Storm429(3, retryAfterSeconds: 0, path: "ContractServiceAdjustments");
        var first = await usage.PushAsync(id, LastMonth, "admin", CancellationToken.None);
        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.Single(first.Value.Failed);
        Assert.Single(first.Value.Sent);

        var second = await usage.PushAsync(id, LastMonth, "admin", CancellationToken.None);
        Assert.Single(second.Value!.Sent);
        var adjustmentsAfter = _simulator.Snapshot().Adjustments.Count;
        var third = await usage.PushAsync(id, LastMonth, "admin", CancellationToken.None);

        Assert.True(third.Value!.NothingToDo);
        var snapshot = _simulator.Snapshot();
        Assert.Equal(adjustmentsAfter, snapshot.Adjustments.Count);
        Assert.Equal(2, snapshot.Adjustments.Count);
        Assert.Equal(3, snapshot.UnitsAt(AutotaskSeedData.ContosoVmServiceId, new DateTimeOffset(LastMonth.Start).AddDays(1)));
        Assert.Equal(2, snapshot.UnitsAt(AutotaskSeedData.FabrikamVmServiceId, new DateTimeOffset(LastMonth.Start).AddDays(1)));

        // the figure is traceable to its VMs and periods
        var trace = await usage.TraceAsync(id, fabrikam, LastMonth, CancellationToken.None);
        Assert.Equal(2, trace.Value!.Usage.Vms.Count);
        Assert.Equal(2, trace.Value.Periods.Count);
    }

    private static AutotaskIntegrationInput Input(string user, string secret, int limit = 3) => new()
    {
        Name = AutotaskIntegration.DefaultName,
        UserName = user,
        Secret = secret,
        IntegrationCode = AutotaskSandboxUsers.IntegrationCode,
        ManagedAccountsLimit = limit,
    };

    private async Task<Guid> CreateValidatedAsync(int limit)
    {
        var created = await Integrations.CreateAsync(Input(AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.FullSecret, limit), "admin", saveDraft: false, CancellationToken.None);
        var view = created.Value!.Saved!;
        var settings = view.Settings.Copy();
        settings.BillingServiceId = AutotaskSeedData.LightAgentServiceId;
        Assert.True((await Integrations.UpdateSettingsAsync(view.Id, settings, "admin", CancellationToken.None)).IsSuccess);
        return view.Id;
    }

    /// <summary>A tenant whose VMs were protected the first five days of last month.</summary>
    private async Task<Guid> AddTenantWithVmsAsync(string name, int vms)
    {
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Type = TenantType.Simple, Status = TenantStatus.Active, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        Assert.True((await _host.Services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None)).IsSuccess);
        var factory = _host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        for (var i = 0; i < vms; i++)
        {
            var biosId = Guid.NewGuid();
            db.VirtualMachines.Add(new VirtualMachine { Id = Guid.NewGuid(), BiosId = biosId, TenantId = tenant.Id, Name = $"{name}-vm-{i}", Created = DateTime.UtcNow, Updated = DateTime.UtcNow });
            db.ProtectionPeriods.Add(new ProtectionPeriod { BiosId = biosId, Start = LastMonth.Start, End = LastMonth.Start.AddDays(5), SvmId = "svm-01" });
        }

        await db.SaveChangesAsync();
        return tenant.Id;
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
