namespace BlazorConsole.Core.Ksc;

/// <summary>How a connection attempt to KSC ended.</summary>
public enum KscProbeStatus
{
    /// <summary>Signed in: the certificate is the pinned one and the credentials were accepted.</summary>
    Connected,

    /// <summary>Nothing is pinned yet: the server's certificate waits for an administrator to trust it.</summary>
    CertificateUntrusted,

    /// <summary>The server presented a certificate other than the pinned one: every call is refused.</summary>
    CertificateChanged,

    /// <summary>The server refused the account name or password.</summary>
    CredentialsRejected,

    /// <summary>No answer within the timeout, name not resolved, connection refused or dropped.</summary>
    Unreachable,

    /// <summary>The server answered, but not as a KSC Open API does (the reason says how).</summary>
    Failed,
}

/// <summary>
/// The outcome of a connection attempt: the status, a reason a person can act on, the certificate the server
/// presented (for the trust window) and the thumbprint that was pinned (for "certificate changed").
/// </summary>
public sealed record KscProbe(KscProbeStatus Status, string Reason, KscCertificate? Presented = null, string? PinnedThumbprint = null)
{
    public bool IsConnected => Status == KscProbeStatus.Connected;
}
