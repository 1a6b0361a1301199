using BlazorConsole.Core.Access;

namespace BlazorConsole.Web.Tests.Components.Access.Connections;

/// <summary>API connections in memory; reads can be held (<see cref="ReadGate"/>) or made to fail.</summary>
public sealed class FakeApiConnectionStore : IApiConnectionStore
{
    public List<ApiConnection> Connections { get; } = [];

    public Dictionary<Guid, List<ApiEndpointUse>> Use { get; } = [];

    public TaskCompletionSource? ReadGate { get; set; }

    public int FailNextReads { get; set; }

    public int Reads { get; private set; }

    public Task AddAsync(ApiConnection connection, CancellationToken cancellationToken)
    {
        Connections.Add(connection);
        return Task.CompletedTask;
    }

    public Task<ApiConnection?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Connections.FirstOrDefault(c => c.Id == id));

    public Task<ApiConnection?> FindByRefreshTokenHashAsync(string hash, CancellationToken cancellationToken) =>
        Task.FromResult(Connections.FirstOrDefault(c => c.RefreshTokenHash == hash));

    public async Task<IReadOnlyList<ApiConnection>> ListAsync(CancellationToken cancellationToken)
    {
        Reads++;
        if (ReadGate is { } gate)
        {
            await gate.Task;
        }

        if (FailNextReads > 0)
        {
            FailNextReads--;
            throw new InvalidOperationException("secret detail");
        }

        return [.. Connections.OrderByDescending(c => c.Created)];
    }

    public Task<bool> RevokeAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var connection = Connections.FirstOrDefault(c => c.Id == id && c.Revoked is null);
        connection?.Revoked = now;
        return Task.FromResult(connection is not null);
    }

    public Task RecordUseAsync(Guid id, string endpoint, DateTime now, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<ApiEndpointUse>> ListUseAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApiEndpointUse>>(Use.TryGetValue(id, out var use) ? use : []);

    public Task<IReadOnlyList<SigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SigningKey>>([]);

    public Task AddSigningKeyAsync(SigningKey key, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> DeleteSigningKeysAsync(DateTime acceptedBefore, CancellationToken cancellationToken) => Task.FromResult(0);
}
