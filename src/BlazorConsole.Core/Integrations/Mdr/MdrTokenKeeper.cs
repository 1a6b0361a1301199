using System.Collections.Concurrent;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// Holds the access tokens of the MDR connections: hands out the stored one while it has more than
/// <see cref="RefreshAhead"/> left, else spends the refresh token for a new pair. A refresh token works once, so an
/// exchange is serialised (a lock per connection and a claim in the store), the new pair goes to the journal before
/// the store, and a pair found in the journal for the stored version is stored instead of exchanging again
/// (decision 0014). Register it once (singleton): the locks live in it.
/// </summary>
public sealed class MdrTokenKeeper(IMdrConnectionStore store, IMdrClient client, IMdrTokenJournal journal, ISecretProtector secrets, TimeProvider time)
{
    /// <summary>An access token is refreshed when it has less than this left.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(2);

    /// <summary>How long a claim on an exchange holds; an exchange that neither stored nor failed within it is taken as lost.</summary>
    public static readonly TimeSpan ExchangeLease = TimeSpan.FromMinutes(2);

    private const int SaveAttempts = 3;

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    /// <summary>A usable access token of the connection, refreshed when due.</summary>
    public Task<Result<MdrSession>> GetSessionAsync(Guid connectionId, CancellationToken cancellationToken) =>
        GetSessionAsync(connectionId, rejectedAccessToken: null, cancellationToken);

    /// <summary>
    /// Calls MDR with the connection's access token; when MDR refuses the token (expired or revoked early) it is
    /// refreshed once and the call repeated. The connection's status follows the outcome.
    /// </summary>
    public async Task<Result<T>> CallAsync<T>(Guid connectionId, Func<MdrEndpoint, string, CancellationToken, Task<Result<T>>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var session = await GetSessionAsync(connectionId, cancellationToken);
        if (!session.IsSuccess)
        {
            return session.Error;
        }

        var result = await call(session.Value.Endpoint, session.Value.AccessToken, cancellationToken);
        if (!result.IsSuccess && result.Error.Code == MdrErrors.AccessTokenRejectedCode)
        {
            session = await GetSessionAsync(connectionId, session.Value.AccessToken, cancellationToken);
            if (!session.IsSuccess)
            {
                return session.Error;
            }

            result = await call(session.Value.Endpoint, session.Value.AccessToken, cancellationToken);
        }

        await NoteOutcomeAsync(session.Value.Connection, result.IsSuccess ? null : result.Error, cancellationToken);
        return result;
    }

    /// <summary>
    /// Stores a pair obtained by spending a token the administrator pasted for an existing connection (with the new
    /// client id and base URL): journaled first, then stored over whatever version is current.
    /// </summary>
    public async Task<Result<MdrConnection>> StoreReplacementAsync(Guid connectionId, MdrTokenGrant grant, MdrEndpoint endpoint, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(endpoint);
        var gate = Gate(connectionId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < SaveAttempts; attempt++)
            {
                var connection = await store.GetAsync(connectionId, cancellationToken);
                if (connection is null)
                {
                    return MdrErrors.ConnectionNotFound();
                }

                var entry = Entry(connectionId, connection.TokenVersion, grant);
                await journal.AppendAsync(entry, cancellationToken);
                var tokens = Tokens(entry) with { ClientId = endpoint.ClientId, BaseUrl = endpoint.BaseUrl, ReplacedBy = actor };
                if (await SaveWithRetryAsync(connectionId, connection.TokenVersion, tokens, cancellationToken))
                {
                    await journal.RemoveAsync(connectionId, connection.TokenVersion, cancellationToken);
                    return await store.GetAsync(connectionId, cancellationToken) is { } saved ? saved : MdrErrors.ConnectionNotFound();
                }

                // a rotation stored a newer pair meanwhile: the pasted token wins, over the new version
                await journal.RemoveAsync(connectionId, connection.TokenVersion, cancellationToken);
            }

            return MdrErrors.ConcurrentExchange();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Result<MdrSession>> GetSessionAsync(Guid connectionId, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        var gate = Gate(connectionId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await GetSessionLockedAsync(connectionId, rejectedAccessToken, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Result<MdrSession>> GetSessionLockedAsync(Guid connectionId, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        // a second pass happens only when another node stored a newer pair while we looked
        for (var pass = 0; pass < 3; pass++)
        {
            var connection = await store.GetAsync(connectionId, cancellationToken);
            if (connection is null)
            {
                return MdrErrors.ConnectionNotFound();
            }

            if (await RecoverAsync(connection, cancellationToken) is { } recovered)
            {
                connection = recovered;
            }

            var access = Usable(connection, rejectedAccessToken);
            if (access is not null)
            {
                return new MdrSession(connection, EndpointOf(connection), access);
            }

            if (connection.Status == MdrConnectionStatus.RefreshTokenRejected)
            {
                // known refused: never spend it again; an administrator pastes a new one
                return Error.Validation(MdrErrors.RefreshTokenRejectedCode, connection.StatusMessage ?? MdrErrors.TokenLost().Message);
            }

            var now = time.GetUtcNow();
            var claim = await store.TryClaimExchangeAsync(connectionId, connection.TokenVersion, now, ExchangeLease, cancellationToken);
            switch (claim)
            {
                case MdrExchangeClaim.NotFound:
                    return MdrErrors.ConnectionNotFound();
                case MdrExchangeClaim.Busy:
                    return MdrErrors.ConcurrentExchange();
                case MdrExchangeClaim.VersionChanged:
                    rejectedAccessToken = null;
                    continue;
            }

            return await ExchangeAsync(connection, claim == MdrExchangeClaim.ClaimedAfterUnfinished, cancellationToken);
        }

        return MdrErrors.ConcurrentExchange();
    }

    private async Task<Result<MdrSession>> ExchangeAsync(MdrConnection connection, bool earlierExchangeUnfinished, CancellationToken cancellationToken)
    {
        var endpoint = EndpointOf(connection);
        var grant = await client.ExchangeAsync(endpoint, secrets.Unprotect(connection.ProtectedRefreshToken), cancellationToken);
        if (!grant.IsSuccess)
        {
            if (grant.Error.Code != MdrErrors.RefreshTokenRejectedCode)
            {
                // the request may have reached MDR: the claim stays until its lease ends, and the next attempt
                // knows the token may be spent already
                await store.SetStatusAsync(connection.Id, MdrConnectionStatus.Unavailable, grant.Error.Message, cancellationToken);
                return grant.Error;
            }

            var current = await store.GetAsync(connection.Id, cancellationToken);
            if (current is not null && current.TokenVersion != connection.TokenVersion)
            {
                // another node stored a pair meanwhile: its tokens are the valid ones
                return Usable(current, null) is { } access
                    ? new MdrSession(current, EndpointOf(current), access)
                    : MdrErrors.ConcurrentExchange();
            }

            var error = earlierExchangeUnfinished ? MdrErrors.TokenLost() : grant.Error;
            await store.SetStatusAsync(connection.Id, MdrConnectionStatus.RefreshTokenRejected, error.Message, cancellationToken);
            return error;
        }

        // the new pair exists only in this answer: journal first, then the store
        var entry = Entry(connection.Id, connection.TokenVersion, grant.Value);
        await journal.AppendAsync(entry, cancellationToken);
        if (!await SaveWithRetryAsync(connection.Id, connection.TokenVersion, Tokens(entry), cancellationToken))
        {
            // an administrator replaced the token meanwhile (their paste bumps the version): theirs wins
            await journal.RemoveAsync(connection.Id, connection.TokenVersion, cancellationToken);
            return await store.GetAsync(connection.Id, cancellationToken) is { } replaced && Usable(replaced, null) is { } access
                ? new MdrSession(replaced, EndpointOf(replaced), access)
                : MdrErrors.ConcurrentExchange();
        }

        await journal.RemoveAsync(connection.Id, connection.TokenVersion, cancellationToken);
        var saved = await store.GetAsync(connection.Id, cancellationToken);
        return saved is null ? MdrErrors.ConnectionNotFound() : new MdrSession(saved, EndpointOf(saved), grant.Value.AccessToken);
    }

    /// <summary>Stores a journaled pair that was received for the stored version but never stored (a crash between).</summary>
    private async Task<MdrConnection?> RecoverAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        var entry = await journal.FindAsync(connection.Id, connection.TokenVersion, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        if (await SaveWithRetryAsync(connection.Id, connection.TokenVersion, Tokens(entry), cancellationToken))
        {
            await journal.RemoveAsync(connection.Id, connection.TokenVersion, cancellationToken);
        }

        return await store.GetAsync(connection.Id, cancellationToken);
    }

    private async Task<bool> SaveWithRetryAsync(Guid id, long version, MdrStoredTokens tokens, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await store.SaveTokensAsync(id, version, tokens, time.GetUtcNow(), cancellationToken);
            }
            catch (Exception) when (attempt < SaveAttempts && !cancellationToken.IsCancellationRequested)
            {
                // the pair is safe in the journal; a transient database failure is tried again at once
            }
        }
    }

    private async Task NoteOutcomeAsync(MdrConnection connection, Error? error, CancellationToken cancellationToken)
    {
        if (connection.Status == MdrConnectionStatus.RefreshTokenRejected)
        {
            // the access token may still work for a while; the refused refresh token still needs an administrator
            return;
        }

        var (status, message) = error switch
        {
            null => (MdrConnectionStatus.Connected, (string?)null),
            { Code: MdrErrors.AccessDeniedCode } => (MdrConnectionStatus.AccessDenied, error.Message),
            { Code: MdrErrors.UnreachableCode or MdrErrors.ServerErrorCode or MdrErrors.ThrottledCode or MdrErrors.InvalidResponseCode } => (MdrConnectionStatus.Unavailable, error.Message),
            _ => (connection.Status, connection.StatusMessage),
        };
        if (status != connection.Status || !string.Equals(message, connection.StatusMessage, StringComparison.Ordinal))
        {
            await store.SetStatusAsync(connection.Id, status, message, cancellationToken);
        }
    }

    private string? Usable(MdrConnection connection, string? rejectedAccessToken)
    {
        if (connection.ProtectedAccessToken is null)
        {
            return null;
        }

        if (connection.AccessTokenExpires is { } expires && expires - time.GetUtcNow() <= RefreshAhead)
        {
            return null;
        }

        var access = secrets.Unprotect(connection.ProtectedAccessToken);
        return string.Equals(access, rejectedAccessToken, StringComparison.Ordinal) ? null : access;
    }

    private MdrTokenJournalEntry Entry(Guid connectionId, long baseVersion, MdrTokenGrant grant) => new(
        connectionId,
        baseVersion,
        secrets.Protect(grant.AccessToken),
        secrets.Protect(grant.RefreshToken),
        grant.AccessTokenExpires,
        grant.RefreshTokenExpires,
        grant.Profile,
        time.GetUtcNow());

    private static MdrStoredTokens Tokens(MdrTokenJournalEntry entry) =>
        new(entry.ProtectedAccessToken, entry.ProtectedRefreshToken, entry.AccessTokenExpires, entry.RefreshTokenExpires, entry.Profile);

    private static MdrEndpoint EndpointOf(MdrConnection connection) => new(connection.BaseUrl, connection.ClientId);

    private SemaphoreSlim Gate(Guid connectionId) => _locks.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
}
