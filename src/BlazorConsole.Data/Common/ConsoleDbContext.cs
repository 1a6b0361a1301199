using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Common;

/// <summary>
/// The console's store. One subclass per provider (<see cref="SqliteConsoleDbContext"/>,
/// <see cref="PostgresConsoleDbContext"/>) so that each has its own committed migration set.
/// </summary>
public abstract class ConsoleDbContext(DbContextOptions options) : IdentityDbContext<ConsoleUser>(options), IDataProtectionKeyContext
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<VirtualMachine> VirtualMachines => Set<VirtualMachine>();

    public DbSet<ProtectionPeriod> ProtectionPeriods => Set<ProtectionPeriod>();

    public DbSet<ProtectionReport> ProtectionReports => Set<ProtectionReport>();

    public DbSet<ConsoleTask> Tasks => Set<ConsoleTask>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The KSC connection settings: one row at most (configured in <c>Ksc/KscConnectionConfiguration</c>).</summary>
    public DbSet<KscConnection> KscConnections => Set<KscConnection>();

    public DbSet<AutotaskIntegration> AutotaskIntegrations => Set<AutotaskIntegration>();

    public DbSet<CompanyMapping> CompanyMappings => Set<CompanyMapping>();

    public DbSet<AutotaskUsagePush> AutotaskUsagePushes => Set<AutotaskUsagePush>();

    public DbSet<MdrConnection> MdrConnections => Set<MdrConnection>();

    public DbSet<MdrTenantMapping> MdrTenantMappings => Set<MdrTenantMapping>();

    public DbSet<MdrSyncedIncident> MdrSyncedIncidents => Set<MdrSyncedIncident>();

    public DbSet<MdrTicketNote> MdrTicketNotes => Set<MdrTicketNote>();

    /// <summary>Access settings: one row at most (configured in <c>Access/AccessSettingsConfiguration</c>).</summary>
    public DbSet<AccessSettings> AccessSettings => Set<AccessSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
    }
}
