namespace BlazorConsole.Clients.Common;

/// <summary>
/// The outcome of one server certificate check: the status, the certificate the server presented (null when it
/// presented none or nothing was checked yet) and the thumbprint that was pinned (null when none).
/// </summary>
public sealed record CertificateCheck(CertificateCheckStatus Status, CertificateIdentity? Presented, string? PinnedThumbprint)
{
    /// <summary>The state before any handshake.</summary>
    public static CertificateCheck NotChecked { get; } = new(CertificateCheckStatus.NotChecked, null, null);

    /// <summary>SHA-256 thumbprint of the presented certificate, or null.</summary>
    public string? PresentedThumbprint => Presented?.Sha256Thumbprint;

    /// <summary>True when the connection was allowed.</summary>
    public bool IsAccepted => Status == CertificateCheckStatus.Accepted;
}
