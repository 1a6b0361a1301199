using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Tests.Ksc;

/// <summary>The single saved row in memory; keeps a copy so a caller cannot change what is "stored".</summary>
internal sealed class FakeKscConnectionStore : IKscConnectionStore
{
    public KscConnection? Row { get; private set; }

    public int Saves { get; private set; }

    public Task<KscConnection?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Row is null ? null : Copy(Row));

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
