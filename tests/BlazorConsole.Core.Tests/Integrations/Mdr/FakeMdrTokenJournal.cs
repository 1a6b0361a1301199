using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

/// <summary>The journal in memory; it outlives a keeper, as the file journal outlives a restart.</summary>
internal sealed class FakeMdrTokenJournal : IMdrTokenJournal
{
    private readonly Lock _lock = new();

    public Dictionary<(Guid, long), MdrTokenJournalEntry> Entries { get; } = [];

    public int Appended { get; private set; }

    public Task AppendAsync(MdrTokenJournalEntry entry, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Entries[(entry.ConnectionId, entry.BaseVersion)] = entry;
            Appended++;
        }

        return Task.CompletedTask;
    }

    public Task<MdrTokenJournalEntry?> FindAsync(Guid connectionId, long baseVersion, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Entries.TryGetValue((connectionId, baseVersion), out var entry) ? entry : null);
        }
    }

    public Task RemoveAsync(Guid connectionId, long baseVersion, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Entries.Remove((connectionId, baseVersion));
        }

        return Task.CompletedTask;
    }

    public Task RemoveAllAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var key in Entries.Keys.Where(k => k.Item1 == connectionId).ToList())
            {
                Entries.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
