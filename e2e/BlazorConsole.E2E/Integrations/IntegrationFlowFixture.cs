using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using BlazorConsole.E2E.Common;
using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Web.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.E2E.Integrations;

/// <summary>
/// A console and browser of their own for the integration flows (they add tenants, which the other flows must not see),
/// with the sandbox's Autotask simulator and helpers to seed tenants with protected VMs.
/// </summary>
public sealed class IntegrationFlowFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public AutotaskSimulator Autotask => Browser.Server.Services.GetRequiredService<SandboxSimulators>().Autotask
        ?? throw new InvalidOperationException("The sandbox's Autotask simulator is not running.");

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();

    /// <summary>A tenant whose <paramref name="vms"/> VMs were protected the first ten days of the month starting <paramref name="month"/>.</summary>
    public async Task AddTenantAsync(string name, int vms, DateTime month)
    {
        var services = Browser.Server.Services;
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Type = TenantType.Simple, Status = TenantStatus.Active, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        var added = await services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None);
        if (!added.IsSuccess)
        {
            throw new InvalidOperationException(added.Error.Message);
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        for (var i = 0; i < vms; i++)
        {
            var biosId = Guid.NewGuid();
            db.VirtualMachines.Add(new VirtualMachine { Id = Guid.NewGuid(), BiosId = biosId, TenantId = tenant.Id, Name = $"{name.ToLowerInvariant().Replace(' ', '-')}-vm-{i + 1}", Created = DateTime.UtcNow, Updated = DateTime.UtcNow });
            db.ProtectionPeriods.Add(new ProtectionPeriod { BiosId = biosId, Start = month.AddHours(8), End = month.AddDays(10), SvmId = "svm-01" });
        }

        await db.SaveChangesAsync();
    }
}
