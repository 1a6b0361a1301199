using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using BlazorConsole.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Tests.Common;

/// <summary>
/// A real SQLite file per test: the product's migrator (migrations, then WAL) runs once per test run into a
/// template file, and each test gets its own copy, wired with the product's data registrations
/// (<see cref="DataServiceCollectionExtensions.AddConsoleData"/>). Dispose deletes the copy and its -wal/-shm files.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blazorconsole-data-tests");
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ServiceProvider _services;

    public TestDatabase()
    {
        Path = System.IO.Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        File.Copy(Template.Value, Path);
        _services = Services(Path);
        Factory = _services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
    }

    public string Path { get; }

    /// <summary>The provider-neutral factory the stores take.</summary>
    public IDbContextFactory<ConsoleDbContext> Factory { get; }

    public ConsoleDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>Stores a tenant the way the tenant store does (with its case-insensitive name key).</summary>
    public async Task<Tenant> AddTenantAsync(string name)
    {
        await using var db = CreateContext();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        db.Tenants.Add(tenant);
        db.Entry(tenant).Property(TenantConfiguration.NameKey).CurrentValue = TenantConfiguration.KeyOf(name);
        await db.SaveChangesAsync();
        return tenant;
    }

    public async Task AddVirtualMachineAsync(Guid tenantId, Guid biosId, string name)
    {
        await using var db = CreateContext();
        db.VirtualMachines.Add(new VirtualMachine { Id = Guid.NewGuid(), TenantId = tenantId, BiosId = biosId, Name = name, Created = DateTime.UtcNow, Updated = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        _services.Dispose();
        foreach (var file in new[] { Path, $"{Path}-wal", $"{Path}-shm" })
        {
            File.Delete(file);
        }
    }

    private static ServiceProvider Services(string path) =>
        new ServiceCollection()
            .AddConsoleData(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=false" })
            .BuildServiceProvider();

    private static string CreateTemplate()
    {
        Directory.CreateDirectory(Folder);
        var path = System.IO.Path.Combine(Folder, $"template-{Guid.NewGuid():N}.db");
        using var services = Services(path);
        // off the test's synchronization context; Microsoft.Data.Sqlite completes its async calls synchronously anyway
        Task.Run(() => services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None)).GetAwaiter().GetResult();
        return path;
    }
}
