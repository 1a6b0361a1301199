using BlazorConsole.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Tests.Tasks;

/// <summary>A SQLite file migrated once per test run; each test works on its own copy.</summary>
internal static class SqliteTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>A fresh copy of the migrated database and a service provider with the product's data registrations.</summary>
    public static async Task<TestDatabase> CopyAsync()
    {
        var template = await Template.Value;
        var path = Path.Combine(Path.GetTempPath(), $"blazorconsole-data-{Guid.NewGuid():N}.db");
        File.Copy(template, path);
        return new TestDatabase(path);
    }

    private static async Task<string> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"blazorconsole-template-{Guid.NewGuid():N}.db");
        await using var services = Provider(path);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return path;
    }

    public static ServiceProvider Provider(string path) =>
        new ServiceCollection()
            .AddConsoleData(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=false" })
            .BuildServiceProvider();
}
