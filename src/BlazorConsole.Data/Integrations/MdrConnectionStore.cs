using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Integrations;

/// <summary>
/// The MDR connections. Token writes and exchange claims are single conditional UPDATEs on the version (and the claim
/// column), so two nodes sharing PostgreSQL never both spend one refresh token or overwrite each other's pair.
/// </summary>
internal sealed class MdrConnectionStore(IDbContextFactory<ConsoleDbContext> factory) : IMdrConnectionStore
{
    public async Task<MdrConnection?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrConnections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<MdrConnection?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrConnections.AsNoTracking().FirstOrDefaultAsync(c => c.IntegrationId == integrationId, cancellationToken);
    }

    public async Task<IReadOnlyList<MdrConnection>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.MdrConnections.AsNoTracking().OrderBy(c => c.Created).ToListAsync(cancellationToken);
    }

    public async Task<Result> AddAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.MdrConnections.Add(connection);
        return await UniqueViolation.TrySaveAsync(db, cancellationToken) ? Result.Success() : MdrErrors.ConnectionExists();
    }

    public async Task<bool> UpdateSettingsAsync(MdrConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.MdrConnections.FirstOrDefaultAsync(c => c.Id == connection.Id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.SyncEnabled = connection.SyncEnabled;
        row.Ticketing = connection.Ticketing;
        row.UpdatedBy = connection.UpdatedBy;
        row.Updated = connection.Updated;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<MdrExchangeClaim> TryClaimExchangeAsync(Guid id, long expectedVersion, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.MdrConnections.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.TokenVersion, Claim = EF.Property<long?>(c, MdrConnectionConfiguration.ExchangeClaimedUntil) })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return MdrExchangeClaim.NotFound;
        }

        if (row.TokenVersion != expectedVersion)
        {
            return MdrExchangeClaim.VersionChanged;
        }

        var nowTicks = now.UtcTicks;
        if (row.Claim is { } held && held > nowTicks)
        {
            return MdrExchangeClaim.Busy;
        }

        var until = (now + lease).UtcTicks;
        var claimed = await db.MdrConnections
            .Where(c => c.Id == id && c.TokenVersion == expectedVersion
                && (EF.Property<long?>(c, MdrConnectionConfiguration.ExchangeClaimedUntil) == null
                    || EF.Property<long?>(c, MdrConnectionConfiguration.ExchangeClaimedUntil) <= nowTicks))
            .ExecuteUpdateAsync(set => set.SetProperty(c => EF.Property<long?>(c, MdrConnectionConfiguration.ExchangeClaimedUntil), until), cancellationToken);
        if (claimed == 0)
        {
            // someone overtook us between the read and the update: say what stands now
            var version = await db.MdrConnections.Where(c => c.Id == id).Select(c => (long?)c.TokenVersion).FirstOrDefaultAsync(cancellationToken);
            return version is null ? MdrExchangeClaim.NotFound : version != expectedVersion ? MdrExchangeClaim.VersionChanged : MdrExchangeClaim.Busy;
        }

        return row.Claim is null ? MdrExchangeClaim.Claimed : MdrExchangeClaim.ClaimedAfterUnfinished;
    }

    public async Task<bool> SaveTokensAsync(Guid id, long expectedVersion, MdrStoredTokens tokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var current = await db.MdrConnections.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.ClientId, c.BaseUrl, c.UpdatedBy, c.Updated })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return false;
        }

        var clientId = tokens.ClientId ?? current.ClientId;
        var baseUrl = tokens.BaseUrl ?? current.BaseUrl;
        var updatedBy = tokens.ReplacedBy ?? current.UpdatedBy;
        var updated = tokens.ReplacedBy is null ? current.Updated : now.UtcDateTime;
        var name = tokens.Profile.ConnectionName.Length <= MdrConnection.NameMaxLength ? tokens.Profile.ConnectionName : tokens.Profile.ConnectionName[..MdrConnection.NameMaxLength];

        // ONE guarded update: the pair, the profile, the version bump and the released claim together
        var saved = await db.MdrConnections
            .Where(c => c.Id == id && c.TokenVersion == expectedVersion)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(c => c.ProtectedAccessToken, tokens.ProtectedAccessToken)
                    .SetProperty(c => c.ProtectedRefreshToken, tokens.ProtectedRefreshToken)
                    .SetProperty(c => c.AccessTokenExpires, tokens.AccessTokenExpires)
                    .SetProperty(c => c.RefreshTokenExpires, tokens.RefreshTokenExpires)
                    .SetProperty(c => c.ConnectionName, name)
                    .SetProperty(c => c.Role, tokens.Profile.Role)
                    .SetProperty(c => c.TenantScope, tokens.Profile.TenantNames)
                    .SetProperty(c => c.ClientId, clientId)
                    .SetProperty(c => c.BaseUrl, baseUrl)
                    .SetProperty(c => c.TokenVersion, expectedVersion + 1)
                    .SetProperty(c => EF.Property<long?>(c, MdrConnectionConfiguration.ExchangeClaimedUntil), (long?)null)
                    .SetProperty(c => c.Status, MdrConnectionStatus.Connected)
                    .SetProperty(c => c.StatusMessage, (string?)null)
                    .SetProperty(c => c.UpdatedBy, updatedBy)
                    .SetProperty(c => c.Updated, updated),
                cancellationToken);
        return saved == 1;
    }

    public async Task SetStatusAsync(Guid id, MdrConnectionStatus status, string? message, CancellationToken cancellationToken)
    {
        var cut = message is null || message.Length <= MdrConnection.StatusMessageMaxLength ? message : message[..MdrConnection.StatusMessageMaxLength];
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.MdrConnections.Where(c => c.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, status).SetProperty(c => c.StatusMessage, cut), cancellationToken);
    }

    public async Task SetCursorAsync(Guid id, DateTimeOffset cursor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.MdrConnections.Where(c => c.Id == id).ExecuteUpdateAsync(set => set.SetProperty(c => c.Cursor, cursor), cancellationToken);
    }

    public async Task SetLastSyncAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.MdrConnections.Where(c => c.Id == id).ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSyncAt, at), cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var incidentIds = db.MdrSyncedIncidents.Where(i => i.ConnectionId == id).Select(i => i.Id);
        await db.MdrTicketNotes.Where(n => incidentIds.Contains(n.SyncedIncidentId)).ExecuteDeleteAsync(cancellationToken);
        await db.MdrSyncedIncidents.Where(i => i.ConnectionId == id).ExecuteDeleteAsync(cancellationToken);
        await db.MdrTenantMappings.Where(m => m.ConnectionId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.MdrConnections.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }
}
