using BlazorConsole.Core.Ksc;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Ksc;

/// <summary>The single KSC connection row (key <see cref="KscConnection.SingletonId"/>), read and replaced whole.</summary>
internal sealed class KscConnectionStore(IDbContextFactory<ConsoleDbContext> factory) : IKscConnectionStore
{
    public async Task<KscConnection?> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.KscConnections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == KscConnection.SingletonId, cancellationToken);
    }

    public async Task SaveAsync(KscConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Id = KscConnection.SingletonId;
        try
        {
            await UpsertAsync(connection, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // another node inserted the row between our read and our insert: replace it
            await UpsertAsync(connection, cancellationToken);
        }
    }

    public async Task<bool> DeleteAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.KscConnections.Where(c => c.Id == KscConnection.SingletonId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private async Task UpsertAsync(KscConnection connection, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.KscConnections.FirstOrDefaultAsync(c => c.Id == KscConnection.SingletonId, cancellationToken);
        if (row is null)
        {
            db.KscConnections.Add(Copy(connection));
        }
        else
        {
            db.Entry(row).CurrentValues.SetValues(connection);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static KscConnection Copy(KscConnection connection) => new()
    {
        Id = connection.Id,
        Address = connection.Address,
        Port = connection.Port,
        UserName = connection.UserName,
        ProtectedPassword = connection.ProtectedPassword,
        IntegrationServerAddress = connection.IntegrationServerAddress,
        PinnedThumbprint = connection.PinnedThumbprint,
        PinnedBy = connection.PinnedBy,
        PinnedAt = connection.PinnedAt,
        Tested = connection.Tested,
        UpdatedBy = connection.UpdatedBy,
        Updated = connection.Updated,
    };
}
