using BlazorConsole.Core.Access;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Access;

internal sealed class ApiConnectionStore(IDbContextFactory<ConsoleDbContext> factory) : IApiConnectionStore
{
    public async Task AddAsync(ApiConnection connection, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Set<ApiConnection>().Add(connection);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ApiConnection?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiConnection>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<ApiConnection?> FindByRefreshTokenHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiConnection>().AsNoTracking().FirstOrDefaultAsync(c => c.RefreshTokenHash == hash, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiConnection>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiConnection>().AsNoTracking().OrderByDescending(c => c.Created).ThenBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiConnection>().Where(c => c.Id == id && c.Revoked == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Revoked, now), cancellationToken) == 1;
    }

    public async Task RecordUseAsync(Guid id, string endpoint, DateTime now, CancellationToken cancellationToken)
    {
        if (endpoint.Length > ApiEndpointUseRow.EndpointMaxLength)
        {
            endpoint = endpoint[..ApiEndpointUseRow.EndpointMaxLength];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Set<ApiConnection>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsed, now), cancellationToken);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var updated = await db.Set<ApiEndpointUseRow>().Where(u => u.ConnectionId == id && u.Endpoint == endpoint)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Count, u => u.Count + 1).SetProperty(u => u.LastCalled, now), cancellationToken);
            if (updated > 0)
            {
                return;
            }

            db.Set<ApiEndpointUseRow>().Add(new ApiEndpointUseRow { ConnectionId = id, Endpoint = endpoint, Count = 1, LastCalled = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                // another call inserted the row first: count on it
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<IReadOnlyList<ApiEndpointUse>> ListUseAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiEndpointUseRow>().AsNoTracking().Where(u => u.ConnectionId == id)
            .OrderByDescending(u => u.Count).ThenBy(u => u.Endpoint)
            .Select(u => new ApiEndpointUse(u.Endpoint, u.Count, u.LastCalled)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<SigningKey>().AsNoTracking().OrderByDescending(k => k.Created).ToListAsync(cancellationToken);
    }

    public async Task AddSigningKeyAsync(SigningKey key, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Set<SigningKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteSigningKeysAsync(DateTime acceptedBefore, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<SigningKey>().Where(k => k.AcceptedUntil < acceptedBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
