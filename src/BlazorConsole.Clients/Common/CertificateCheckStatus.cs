namespace BlazorConsole.Clients.Common;

/// <summary>How a <see cref="PinnedCertificateValidator"/> judged the certificate a server presented.</summary>
public enum CertificateCheckStatus
{
    /// <summary>No TLS handshake has reached the validator yet.</summary>
    NotChecked,

    /// <summary>The certificate matched the pinned thumbprint and was accepted.</summary>
    Accepted,

    /// <summary>Nothing is pinned: the certificate was refused and can be shown to an administrator to trust.</summary>
    NotPinned,

    /// <summary>The certificate differs from the pinned one ("certificate changed"): refused.</summary>
    Changed,

    /// <summary>The server presented no certificate: refused.</summary>
    NoCertificate,
}
