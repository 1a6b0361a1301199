using System.Runtime.CompilerServices;
using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Audit;

/// <summary>
/// The audit log in the console's store. Appends run in a transaction that first locks the chain head: on
/// PostgreSQL with <c>SELECT … FOR UPDATE</c>, on SQLite by the write lock of <c>BEGIN IMMEDIATE</c> (one writer);
/// a process-wide gate keeps this process's writers from contending for it.
/// </summary>
public sealed class AuditLog(IDbContextFactory<ConsoleDbContext> factory) : IAuditLog, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var head = await LockHeadAsync(db, cancellationToken);
            entry.Sequence = head.LastSequence + 1;
            entry.PreviousHash = head.LastHash;
            entry.Hash = AuditChain.ComputeHash(entry.PreviousHash, entry);
            head.LastSequence = entry.Sequence;
            head.LastHash = entry.Hash;
            db.Set<AuditEntry>().Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return entry;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<Page<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.Set<AuditEntry>().AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.Sequence)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, AuditQuery.MaxTake))
            .ToListAsync(cancellationToken);
        return new Page<AuditEntry>(items, total);
    }

    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await foreach (var entry in Filter(db.Set<AuditEntry>().AsNoTracking(), query)
            .OrderByDescending(e => e.Sequence)
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    public async IAsyncEnumerable<AuditEntry> StreamChainAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking()
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    public async Task<AuditAnchor> ReadAnchorAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        return new AuditAnchor(head.FirstSequence, head.FirstPreviousHash, head.LastSequence, head.LastHash);
    }

    public async Task<int> RemoveBeforeAsync(DateTime before, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var head = await LockHeadAsync(db, cancellationToken);
            var entries = db.Set<AuditEntry>();
            var lastRemoved = await entries.Where(e => e.Time < before).MaxAsync(e => (long?)e.Sequence, cancellationToken);
            if (lastRemoved is not { } last)
            {
                return 0;
            }

            // everything up to the newest old entry goes, so the kept entries stay one unbroken run
            var removed = await entries.Where(e => e.Sequence <= last).ExecuteDeleteAsync(cancellationToken);
            var firstKept = await entries.AsNoTracking().OrderBy(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
            head.FirstSequence = firstKept?.Sequence ?? head.LastSequence + 1;
            head.FirstPreviousHash = firstKept?.PreviousHash ?? head.LastHash;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return removed;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static Task<AuditChainHead> LockHeadAsync(ConsoleDbContext db, CancellationToken cancellationToken) =>
        HeadQuery(db).SingleAsync(cancellationToken);

    /// <summary>The chain head's row: on PostgreSQL locked (<c>FOR UPDATE</c>) until the transaction ends.</summary>
    internal static IQueryable<AuditChainHead> HeadQuery(ConsoleDbContext db)
    {
        var heads = db.Set<AuditChainHead>();
        return db is PostgresConsoleDbContext
            ? heads.FromSqlRaw($"SELECT * FROM \"{AuditChainHeadConfiguration.TableName}\" WHERE \"Id\" = {AuditChainHead.SingletonId} FOR UPDATE")
            : heads.Where(h => h.Id == AuditChainHead.SingletonId);
    }

#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL UPPER(), not run in .NET
    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var key = query.Actor.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.ActorName.ToUpper().Contains(key));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var key = query.Action.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.Action.ToUpper().Contains(key));
        }

        if (!string.IsNullOrWhiteSpace(query.Target))
        {
            var key = query.Target.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.TargetType.ToUpper().Contains(key)
                || (e.TargetId != null && e.TargetId.ToUpper().Contains(key))
                || (e.TargetName != null && e.TargetName.ToUpper().Contains(key)));
        }

        if (!string.IsNullOrWhiteSpace(query.Channel))
        {
            var channel = query.Channel.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Channel == channel);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.Time >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.Time < to);
        }

        return entries;
    }
#pragma warning restore CA1304, CA1311, CA1862
}
