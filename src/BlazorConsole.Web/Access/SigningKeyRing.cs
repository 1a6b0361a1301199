using System.Security.Cryptography;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BlazorConsole.Web.Access;

/// <summary>
/// The HMAC-SHA256 keys that sign access tokens, kept in the store encrypted with <see cref="ISecretProtector"/>.
/// The newest key signs; when it is older than <c>KeyRotation</c> a new one is made, and every key stays accepted
/// until the last token it could have signed has expired. Keys are cached in memory and reloaded when stale.
/// </summary>
internal sealed class SigningKeyRing(IApiConnectionStore store, ISecretProtector secrets, IOptions<ApiTokenOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<SymmetricSecurityKey> _keys = [];
    private DateTime _signingCreated;
    private DateTime _loadedAt = DateTime.MinValue;

    /// <summary>The key to sign with now, rotating first when due.</summary>
    public async Task<SymmetricSecurityKey> SigningKeyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_keys.Count == 0 || _signingCreated + options.Value.KeyRotation <= now)
        {
            await RefreshAsync(rotateIfDue: true, cancellationToken);
        }

        return _keys[0];
    }

    /// <summary>Every key still accepted (loaded at most a minute ago, so a key made by another node is found).</summary>
    public IReadOnlyList<SymmetricSecurityKey> AcceptedKeys()
    {
        if (_loadedAt + TimeSpan.FromMinutes(1) <= time.GetUtcNow().UtcDateTime)
        {
            RefreshAsync(rotateIfDue: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return _keys;
    }

    private async Task RefreshAsync(bool rotateIfDue, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var settings = options.Value;
            await store.DeleteSigningKeysAsync(now, cancellationToken);
            var stored = await store.ListSigningKeysAsync(cancellationToken);
            if (rotateIfDue && (stored.Count == 0 || stored[0].Created + settings.KeyRotation <= now))
            {
                var key = new SigningKey
                {
                    Id = Guid.CreateVersion7().ToString("N"),
                    ProtectedKey = secrets.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                    Created = now,
                    AcceptedUntil = now + settings.KeyRotation + settings.AccessTokenLifetime,
                };
                await store.AddSigningKeyAsync(key, cancellationToken);
                stored = [key, .. stored];
            }

            _keys = [.. stored.Select(k => new SymmetricSecurityKey(Convert.FromBase64String(secrets.Unprotect(k.ProtectedKey))) { KeyId = k.Id })];
            _signingCreated = stored.Count > 0 ? stored[0].Created : DateTime.MinValue;
            _loadedAt = now;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
