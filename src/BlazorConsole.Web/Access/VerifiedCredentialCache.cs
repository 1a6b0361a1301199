using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Remembers HTTP Basic credentials that were verified against the password hash, so that an API call does
/// not pay for PBKDF2 every time.
/// <list type="bullet">
/// <item>Key: HMAC-SHA256 of <c>user name + ":" + password</c> under a random key made per process, so the
/// cache never holds a password or anything that can be checked offline against one.</item>
/// <item>Only successes are stored; a failed verification is never cached (and is throttled per client address by <see cref="ApiFailureThrottle"/>).</item>
/// <item>An entry lives at most <see cref="Lifetime"/> (absolute, from <see cref="TimeProvider"/>).</item>
/// <item>Every update of an account made through this process (password or security stamp change, lockout,
/// failed attempt, deletion) evicts that account's entries at once (<see cref="Evict"/>, called by
/// <see cref="ConsoleUserManager"/>). A change made by another host on the same database takes effect
/// here within <see cref="Lifetime"/> at most: that staleness bound is accepted and documented.</item>
/// </list>
/// </summary>
internal sealed class VerifiedCredentialCache(TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private const int MaxEntries = 10_000;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The MAC that identifies these credentials in the cache.</summary>
    public byte[] KeyOf(BasicCredentials credentials)
    {
        var text = string.Concat(credentials.UserName, ":", credentials.Password);
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            return HMACSHA256.HashData(_key, bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>The account's current generation; read it before verifying, pass it to <see cref="Add"/>.</summary>
    public long GenerationOf(string userId) => _generations.GetValueOrDefault(userId);

    public bool TryGet(byte[] mac, out ClaimsPrincipal principal)
    {
        principal = null!;
        if (!_entries.TryGetValue(Convert.ToBase64String(mac), out var entry))
        {
            return false;
        }

        // the dictionary found the entry by the MAC (not by a secret); compare the MACs in constant time anyway
        if (!CryptographicOperations.FixedTimeEquals(entry.Mac, mac) || timeProvider.GetUtcNow() >= entry.Expires)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(Convert.ToBase64String(mac), entry));
            return false;
        }

        principal = entry.Principal;
        return true;
    }

    /// <summary>
    /// Stores a verified success, unless the account changed since <paramref name="generation"/> was read
    /// (a password change racing with the verification must not leave the old password cached).
    /// </summary>
    public void Add(byte[] mac, string userId, ClaimsPrincipal principal, long generation)
    {
        if (_entries.Count >= MaxEntries)
        {
            Purge();
        }

        var key = Convert.ToBase64String(mac);
        _entries[key] = new Entry(mac, userId, principal, timeProvider.GetUtcNow() + Lifetime);
        if (GenerationOf(userId) != generation)
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets every cached credential of the account; called whenever the account is updated.</summary>
    public void Evict(string userId)
    {
        _generations.AddOrUpdate(userId, 1, (_, generation) => generation + 1);
        foreach (var (key, entry) in _entries)
        {
            if (string.Equals(entry.UserId, userId, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private void Purge()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (now >= entry.Expires)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    /// <summary>The principal carries the account's security stamp claim as it was when verified.</summary>
    private sealed record Entry(byte[] Mac, string UserId, ClaimsPrincipal Principal, DateTimeOffset Expires);
}
