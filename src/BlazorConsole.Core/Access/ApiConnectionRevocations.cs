using System.Collections.Concurrent;

namespace BlazorConsole.Core.Access;

/// <summary>
/// Whether an API connection may still call, checked on every call with a token: the answer is cached for a few
/// seconds (so another node's revoke is seen within that time) and forgotten at once by a revoke in this process.
/// </summary>
public sealed class ApiConnectionRevocations(IApiConnectionStore store, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<Guid, (bool Active, DateTime CheckedAt)> _cache = new();

    public async Task<bool> IsActiveAsync(Guid id, TimeSpan idleLimit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_cache.TryGetValue(id, out var cached) && cached.CheckedAt + CacheFor > now)
        {
            return cached.Active;
        }

        var connection = await store.GetAsync(id, cancellationToken);
        var active = connection is not null && connection.StatusAt(now, idleLimit) == ApiConnectionStatus.Active;
        _cache[id] = (active, now);
        return active;
    }

    public void Forget(Guid id) => _cache.TryRemove(id, out _);
}
