using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>An Administration Server certificate: its DER bytes and what a person compares (subject, validity, SHA-256 thumbprint).</summary>
public sealed record ServerCertificate(byte[] Der, KscCertificate Description)
{
    /// <summary>SHA-256 thumbprint of <see cref="Der"/>, 64 upper-case hex digits.</summary>
    public string Thumbprint => Description.Sha256Thumbprint;

    /// <summary>Describes DER bytes already known to be a certificate.</summary>
    /// <exception cref="CryptographicException">The bytes are not a certificate.</exception>
    public static ServerCertificate FromDer(byte[] der)
    {
        ArgumentNullException.ThrowIfNull(der);
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        var names = new List<string>();
        foreach (var extension in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(extension.EnumerateDnsNames());
            names.AddRange(extension.EnumerateIPAddresses().Select(address => address.ToString()));
        }

        return new ServerCertificate(der, new KscCertificate(
            certificate.Subject,
            certificate.Issuer,
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Convert.ToHexString(SHA256.HashData(der)),
            names));
    }
}
