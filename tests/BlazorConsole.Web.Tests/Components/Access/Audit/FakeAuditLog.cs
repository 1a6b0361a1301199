using System.Runtime.CompilerServices;
using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Web.Tests.Components.Access.Audit;

/// <summary>An in-memory audit log that chains like the real one, can hold its reads and can fail them.</summary>
public sealed class FakeAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];
    private string _lastHash = AuditChain.Genesis;

    public List<AuditQuery> ListQueries { get; } = [];

    public TaskCompletionSource? ReadGate { get; set; }

    public int FailNextReads { get; set; }

    public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        entry.Sequence = _entries.Count + 1;
        entry.PreviousHash = _lastHash;
        entry.Hash = AuditChain.ComputeHash(entry.PreviousHash, entry);
        _lastHash = entry.Hash;
        _entries.Add(entry);
        return Task.FromResult(entry);
    }

    /// <summary>Changes an entry behind the chain's back, as someone editing the database would.</summary>
    public void Tamper(long sequence, string targetName) => _entries.Single(e => e.Sequence == sequence).TargetName = targetName;

    public async Task<Page<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ListQueries.Add(query);
        if (ReadGate is { } gate)
        {
            await gate.Task;
        }

        if (FailNextReads > 0)
        {
            FailNextReads--;
            throw new InvalidOperationException("The store is unavailable.");
        }

        var matches = Filter(query).ToList();
        return new Page<AuditEntry>([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count);
    }

    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var entry in Filter(query))
        {
            yield return entry;
        }
    }

    public async IAsyncEnumerable<AuditEntry> StreamChainAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var entry in _entries)
        {
            yield return entry;
        }
    }

    public Task<AuditAnchor> ReadAnchorAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new AuditAnchor(1, AuditChain.Genesis, _entries.Count, _lastHash));

    public Task<int> RemoveBeforeAsync(DateTime before, CancellationToken cancellationToken) => throw new NotSupportedException();

    private IEnumerable<AuditEntry> Filter(AuditQuery query) => _entries
        .Where(e => query.Actor is null || e.ActorName.Contains(query.Actor, StringComparison.OrdinalIgnoreCase))
        .Where(e => query.Action is null || e.Action.Contains(query.Action, StringComparison.OrdinalIgnoreCase))
        .Where(e => query.Channel is null || e.Channel == query.Channel)
        .Reverse();
}
