namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// Two-step verification: accounts with a TOTP secret finish a sign-in only after a second request on the same
/// connection with <c>Authorization: KSCMFA totp="…"</c>.
/// </summary>
internal sealed partial class KscState
{
    private readonly Dictionary<long, byte[]> _totpSecrets = [];
    private readonly Dictionary<string, KscSession> _awaitingCode = new(StringComparer.Ordinal);

    public byte[] RequireTwoStep(string userName)
    {
        lock (_gate)
        {
            var user = _users.Values.FirstOrDefault(candidate => NameEquals(candidate.Name, userName))
                ?? throw new InvalidOperationException($"User '{userName}' does not exist.");
            if (!_totpSecrets.TryGetValue(user.Id, out var secret))
            {
                secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(20);
                _totpSecrets[user.Id] = secret;
            }

            return secret;
        }
    }

    /// <summary>True when the signed-in user must also give a code; the session then waits on <paramref name="connectionId"/>.</summary>
    public bool AwaitCodeIfRequired(KscSession session, string connectionId)
    {
        lock (_gate)
        {
            if (!_totpSecrets.ContainsKey(session.UserId))
            {
                return false;
            }

            _awaitingCode[connectionId] = session;
            return true;
        }
    }

    /// <summary>The session waiting on this connection when <paramref name="code"/> is right; null otherwise (a wrong code ends the wait).</summary>
    public KscSession? CompleteWithCode(string connectionId, string? code)
    {
        lock (_gate)
        {
            if (!_awaitingCode.Remove(connectionId, out var session)
                || !_totpSecrets.TryGetValue(session.UserId, out var secret)
                || !KscTotp.Verify(secret, code, options.TimeProvider.GetUtcNow()))
            {
                return null;
            }

            return session;
        }
    }

    private void ResetTwoStepLocked()
    {
        _totpSecrets.Clear();
        _awaitingCode.Clear();
    }
}
