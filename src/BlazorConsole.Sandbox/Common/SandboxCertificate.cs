using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Sandbox.Common;

/// <summary>Self-signed TLS server certificates for simulators listening on the loopback address, made in memory.</summary>
public static class SandboxCertificate
{
    /// <summary>Subject of the certificates when the caller names none.</summary>
    public const string DefaultSubject = "CN=BlazorConsole Sandbox";

    /// <summary>Validity of a new certificate.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    /// <summary>
    /// A new ECDSA P-256 certificate with its private key, valid for <c>localhost</c> and <c>127.0.0.1</c> from
    /// five minutes before <paramref name="now"/> (default: the current time). Each call makes a new key, so
    /// each certificate has its own thumbprint.
    /// </summary>
    public static X509Certificate2 Create(string subject = DefaultSubject, DateTimeOffset? now = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var start = now ?? DateTimeOffset.UtcNow;

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        using var created = request.CreateSelfSigned(start.AddMinutes(-5), start.Add(Lifetime));

        // A round trip through PKCS#12 gives a certificate whose key every TLS stack can use (an ephemeral key
        // cannot be used by SChannel on Windows).
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
