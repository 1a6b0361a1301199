using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Testing.Ksc;

/// <summary>
/// The single saved row in memory, kept as a copy so a caller cannot change what is "stored"; reads can be held
/// (loading state) or fail (error state) on demand.
/// </summary>
public sealed class FakeKscConnectionStore : IKscConnectionStore
{
    public KscConnection? Row { get; set; }

    /// <summary>How many of the next reads throw, as a database that is down would.</summary>
    public int FailNextReads { get; set; }

    /// <summary>When set, reads wait for it, so a test can observe the loading state.</summary>
    public TaskCompletionSource? ReadGate { get; set; }

    public int Reads { get; private set; }

    public int Saves { get; private set; }

    public async Task<KscConnection?> GetAsync(CancellationToken cancellationToken)
    {
        Reads++;
        if (ReadGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNextReads > 0)
        {
            FailNextReads--;
            throw new InvalidOperationException("database is locked (secret detail)");
        }

        return Row is null ? null : Copy(Row);
    }

    public Task SaveAsync(KscConnection connection, CancellationToken cancellationToken)
    {
        Row = Copy(connection);
        Saves++;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(CancellationToken cancellationToken)
    {
        var had = Row is not null;
        Row = null;
        return Task.FromResult(had);
    }

    private static KscConnection Copy(KscConnection c) => new()
    {
        Id = c.Id,
        Address = c.Address,
        Port = c.Port,
        UserName = c.UserName,
        ProtectedPassword = c.ProtectedPassword,
        IntegrationServerAddress = c.IntegrationServerAddress,
        PinnedThumbprint = c.PinnedThumbprint,
        PinnedBy = c.PinnedBy,
        PinnedAt = c.PinnedAt,
        Tested = c.Tested,
        UpdatedBy = c.UpdatedBy,
        Updated = c.Updated,
    };
}
