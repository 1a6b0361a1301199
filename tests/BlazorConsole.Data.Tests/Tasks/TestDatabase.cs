using BlazorConsole.Core.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Data.Tests.Tasks;

/// <summary>One test's SQLite file, deleted at the end.</summary>
internal sealed class TestDatabase(string path) : IAsyncDisposable
{
    private readonly ServiceProvider _services = SqliteTemplate.Provider(path);

    public ITaskStore Tasks => _services.GetRequiredService<ITaskStore>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm" })
        {
            File.Delete(file);
        }
    }
}
