using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Clients.Common;

/// <summary>
/// Validates a server's TLS certificate against one pinned SHA-256 thumbprint instead of the machine's trust
/// store, for servers with self-signed certificates (KSC Administration Server). Pass <see cref="Validate"/> as
/// the <see cref="RemoteCertificateValidationCallback"/> of one handler; global validation is never changed.
/// <list type="bullet">
/// <item>no pin: refuses, and <see cref="LastCheck"/> holds the presented identity for a trust prompt;</item>
/// <item>pin equal to the certificate's thumbprint: accepts, whatever the chain or name errors (the pin replaces them);</item>
/// <item>pin different: refuses, and <see cref="LastCheck"/> holds both thumbprints ("certificate changed").</item>
/// </list>
/// </summary>
public sealed class PinnedCertificateValidator
{
    private CertificateCheck _lastCheck = CertificateCheck.NotChecked;

    /// <param name="pinnedThumbprint">
    /// The trusted certificate's SHA-256 thumbprint (hex, any case, separators allowed), or null/empty when the
    /// administrator has trusted nothing yet.
    /// </param>
    /// <exception cref="ArgumentException">The thumbprint is not 64 hex digits.</exception>
    public PinnedCertificateValidator(string? pinnedThumbprint)
    {
        if (string.IsNullOrWhiteSpace(pinnedThumbprint))
        {
            return;
        }

        if (!CertificateThumbprint.TryNormalize(pinnedThumbprint, out var normalized))
        {
            throw new ArgumentException("A pinned certificate thumbprint is a SHA-256 hash: 64 hex digits.", nameof(pinnedThumbprint));
        }

        PinnedThumbprint = normalized;
    }

    /// <summary>The pinned thumbprint (64 upper-case hex digits), or null when nothing is pinned.</summary>
    public string? PinnedThumbprint { get; }

    /// <summary>The result of the most recent check (handshakes on several connections each replace it).</summary>
    public CertificateCheck LastCheck => Volatile.Read(ref _lastCheck);

    /// <summary>The validation callback: true only for the pinned certificate.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
    {
        var check = Check(certificate);
        Volatile.Write(ref _lastCheck, check);
        return check.IsAccepted;
    }

    private CertificateCheck Check(X509Certificate? certificate)
    {
        if (certificate is null)
        {
            return new CertificateCheck(CertificateCheckStatus.NoCertificate, null, PinnedThumbprint);
        }

        var identity = Identify(certificate);
        if (PinnedThumbprint is null)
        {
            return new CertificateCheck(CertificateCheckStatus.NotPinned, identity, null);
        }

        var status = string.Equals(identity.Sha256Thumbprint, PinnedThumbprint, StringComparison.Ordinal)
            ? CertificateCheckStatus.Accepted
            : CertificateCheckStatus.Changed;
        return new CertificateCheck(status, identity, PinnedThumbprint);
    }

    private static CertificateIdentity Identify(X509Certificate certificate)
    {
        if (certificate is X509Certificate2 certificate2)
        {
            return CertificateIdentity.From(certificate2);
        }

        using var loaded = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return CertificateIdentity.From(loaded);
    }
}
