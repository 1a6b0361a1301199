using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Records MDR connections added, their token replaced by an administrator, their settings and ticketing rules changed,
/// and their deletion, with before/after summaries. Tokens are never part of them; the console's own token rotations,
/// claims, status, cursor and sync times are not recorded (they are not changes someone made).
/// </summary>
internal sealed class AuditedMdrConnectionStore(IMdrConnectionStore inner, AuditService audit) : IMdrConnectionStore
{
    public const string AddedAction = "mdr.connection-added";
    public const string TokenReplacedAction = "mdr.token-replaced";
    public const string ChangedAction = "mdr.connection-changed";
    public const string DeletedAction = "mdr.connection-deleted";

    public Task<MdrConnection?> GetAsync(Guid id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<MdrConnection?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken) => inner.GetByIntegrationAsync(integrationId, cancellationToken);

    public Task<IReadOnlyList<MdrConnection>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public async Task<Result> AddAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var added = await inner.AddAsync(connection, cancellationToken);
        if (added.IsSuccess)
        {
            await audit.RecordAsync(AddedAction, Target(connection), new { after = Summary(connection) }, cancellationToken);
        }

        return added;
    }

    public async Task<bool> UpdateSettingsAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var before = await inner.GetAsync(connection.Id, cancellationToken);
        var updated = await inner.UpdateSettingsAsync(connection, cancellationToken);
        if (updated)
        {
            await audit.RecordAsync(ChangedAction, Target(connection), new { before = Summary(before), after = Summary(connection) }, cancellationToken);
        }

        return updated;
    }

    public Task<MdrExchangeClaim> TryClaimExchangeAsync(Guid id, long expectedVersion, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.TryClaimExchangeAsync(id, expectedVersion, now, lease, cancellationToken);

    public async Task<bool> SaveTokensAsync(Guid id, long expectedVersion, MdrStoredTokens tokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.ReplacedBy is null)
        {
            // a rotation by the console itself
            return await inner.SaveTokensAsync(id, expectedVersion, tokens, now, cancellationToken);
        }

        var before = await inner.GetAsync(id, cancellationToken);
        var saved = await inner.SaveTokensAsync(id, expectedVersion, tokens, now, cancellationToken);
        if (saved)
        {
            var after = await inner.GetAsync(id, cancellationToken);
            await audit.RecordAsync(
                TokenReplacedAction,
                new AuditTarget("MdrConnection", id.ToString(), after?.ConnectionName ?? before?.ConnectionName),
                new { before = Identity(before), after = Identity(after) },
                cancellationToken);
        }

        return saved;
    }

    public Task SetStatusAsync(Guid id, MdrConnectionStatus status, string? message, CancellationToken cancellationToken) =>
        inner.SetStatusAsync(id, status, message, cancellationToken);

    public Task SetCursorAsync(Guid id, DateTimeOffset cursor, CancellationToken cancellationToken) => inner.SetCursorAsync(id, cursor, cancellationToken);

    public Task SetLastSyncAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) => inner.SetLastSyncAsync(id, at, cancellationToken);

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var before = await inner.GetAsync(id, cancellationToken);
        var deleted = await inner.DeleteAsync(id, cancellationToken);
        if (deleted)
        {
            await audit.RecordAsync(DeletedAction, new AuditTarget("MdrConnection", id.ToString(), before?.ConnectionName), new { before = Summary(before) }, cancellationToken);
        }

        return deleted;
    }

    private static AuditTarget Target(MdrConnection connection) => new("MdrConnection", connection.Id.ToString(), connection.ConnectionName);

    private static object? Identity(MdrConnection? connection) => connection is null
        ? null
        : new
        {
            BaseUrl = connection.BaseUrl.ToString(),
            connection.ClientId,
            connection.ConnectionName,
            Role = connection.Role?.ToString(),
            connection.TenantScope,
        };

    private static object? Summary(MdrConnection? connection) => connection is null
        ? null
        : new
        {
            connection.IntegrationId,
            BaseUrl = connection.BaseUrl.ToString(),
            connection.ClientId,
            connection.ConnectionName,
            Role = connection.Role?.ToString(),
            connection.TenantScope,
            connection.SyncEnabled,
            Rules = connection.Ticketing.Rules.Select(r => new
            {
                Priority = r.Priority.ToString(),
                r.CreateTicket,
                r.QueueId,
                r.TicketPriority,
                r.TicketStatus,
                r.IssueType,
                r.SubIssueType,
                r.DueHours,
                r.DelayMinutes,
                r.OnlyOpenIncidents,
            }),
            connection.Ticketing.NotesForUpdates,
            connection.Ticketing.CompleteOnClose,
            connection.Ticketing.CompleteOnResolve,
            connection.Ticketing.CompletedStatus,
        };
}
