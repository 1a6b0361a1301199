using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using BlazorConsole.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BlazorConsole.Data.Tests.Reports;

/// <summary>A real SQLite file per test, copied from a template migrated once per run.</summary>
public sealed class ReportTestDatabase : IDisposable
{
    private static readonly Lazy<string> Template = new(CreateTemplate);

    private readonly DbContextOptions<SqliteConsoleDbContext> _options;

    public ReportTestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reports-{Guid.NewGuid():N}.db");
        File.Copy(Template.Value, Path);
        _options = Options(Path);
        Factory = new ContextFactory<SqliteConsoleDbContext>(new PooledDbContextFactory<SqliteConsoleDbContext>(_options));
    }

    public string Path { get; }

    public IDbContextFactory<ConsoleDbContext> Factory { get; }

    public SqliteConsoleDbContext Open() => new(_options);

    public async Task<Tenant> AddTenantAsync(string name)
    {
        await using var db = Open();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        db.Tenants.Add(tenant);
        db.Entry(tenant).Property(TenantConfiguration.NameKey).CurrentValue = TenantConfiguration.KeyOf(name);
        await db.SaveChangesAsync();
        return tenant;
    }

    public async Task AddVirtualMachineAsync(Guid tenantId, Guid biosId, string name)
    {
        await using var db = Open();
        db.VirtualMachines.Add(new VirtualMachine { Id = Guid.NewGuid(), TenantId = tenantId, BiosId = biosId, Name = name, Created = DateTime.UtcNow, Updated = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public void Dispose() => File.Delete(Path);

    private static DbContextOptions<SqliteConsoleDbContext> Options(string path) =>
        new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options;

    private static string CreateTemplate()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reports-template-{Guid.NewGuid():N}.db");
        using var db = new SqliteConsoleDbContext(Options(path));
        db.Database.Migrate();
        return path;
    }
}
