namespace BlazorConsole.Sandbox.Ksc;

/// <summary>Sign-in and sessions (connection-bound and connection-independent).</summary>
internal sealed partial class KscState
{
    /// <summary>
    /// Checks the credentials for the main server (<paramref name="virtualServerName"/> null or empty) or for the virtual
    /// server named by its KLVSRV_UID or display name. The main server's users may sign in anywhere; a virtual server's
    /// users only to it. Null when refused.
    /// </summary>
    public KscSession? Authenticate(KscBasicCredentials credentials, string? virtualServerName)
    {
        lock (_gate)
        {
            KscSimulatedVirtualServer? server = null;
            if (!string.IsNullOrEmpty(virtualServerName))
            {
                server = _servers.Values.FirstOrDefault(candidate => string.Equals(candidate.Uid, virtualServerName, StringComparison.OrdinalIgnoreCase))
                    ?? _servers.Values.FirstOrDefault(candidate => NameEquals(candidate.DisplayName, virtualServerName));
                if (server is null)
                {
                    return null;
                }
            }

            var user = _users.Values.FirstOrDefault(candidate => NameEquals(candidate.Name, credentials.UserName));
            if (user is null
                || !string.Equals(user.Password, credentials.Password, StringComparison.Ordinal)
                || (user.VirtualServerId is { } home && home != server?.Id))
            {
                return null;
            }

            return new KscSession(user.Id, user.Name, server?.Id, server?.Uid);
        }
    }

    public string StartSession(KscSession session)
    {
        lock (_gate)
        {
            var id = "nst" + Guid.NewGuid().ToString("N");
            _sessions[id] = session;
            return id;
        }
    }

    public void BindConnection(string connectionId, KscSession session)
    {
        lock (_gate)
        {
            _connectionSessions[connectionId] = session;
        }
    }

    /// <summary>The session of the <c>X-KSC-Session</c> id, else of the connection's <c>login</c>; null when neither.</summary>
    public KscSession? FindSession(string? sessionId, string connectionId)
    {
        lock (_gate)
        {
            if (!string.IsNullOrEmpty(sessionId))
            {
                return _sessions.GetValueOrDefault(sessionId);
            }

            return _connectionSessions.GetValueOrDefault(connectionId);
        }
    }

    public void EndSession(string? sessionId, string connectionId)
    {
        lock (_gate)
        {
            if (!string.IsNullOrEmpty(sessionId))
            {
                _sessions.Remove(sessionId);
            }
            else
            {
                _connectionSessions.Remove(connectionId);
            }
        }
    }

    /// <summary>Ends every session (like a server restart); returns how many there were.</summary>
    public int EndAllSessions()
    {
        lock (_gate)
        {
            var count = _sessions.Count + _connectionSessions.Count;
            _sessions.Clear();
            _connectionSessions.Clear();
            return count;
        }
    }

    public int OpenSessions
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    private void RemoveSessionsLocked(Func<KscSession, bool> predicate)
    {
        foreach (var id in _sessions.Where(pair => predicate(pair.Value)).Select(pair => pair.Key).ToList())
        {
            _sessions.Remove(id);
        }

        foreach (var id in _connectionSessions.Where(pair => predicate(pair.Value)).Select(pair => pair.Key).ToList())
        {
            _connectionSessions.Remove(id);
        }
    }
}
