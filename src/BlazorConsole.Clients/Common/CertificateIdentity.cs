using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Clients.Common;

/// <summary>
/// What a trust dialog shows about a server certificate: who it names, who issued it, when it is valid, its
/// SHA-256 thumbprint (the value that gets pinned) and the names it is valid for. It copies the values, so it
/// outlives the certificate it was read from.
/// </summary>
/// <param name="Subject">The subject's distinguished name, e.g. <c>CN=ksc.example.com</c>.</param>
/// <param name="Issuer">The issuer's distinguished name; equal to <paramref name="Subject"/> when self-signed.</param>
/// <param name="NotBefore">Start of validity, UTC.</param>
/// <param name="NotAfter">End of validity, UTC.</param>
/// <param name="Sha256Thumbprint">SHA-256 of the DER certificate, upper-case hex without separators.</param>
/// <param name="DnsNames">DNS names of the subject alternative name extension (empty when it has none).</param>
/// <param name="IpAddresses">IP addresses of the subject alternative name extension (empty when it has none).</param>
public sealed record CertificateIdentity(
    string Subject,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Sha256Thumbprint,
    IReadOnlyList<string> DnsNames,
    IReadOnlyList<IPAddress> IpAddresses)
{
    private const string SubjectAlternativeNameOid = "2.5.29.17";

    /// <summary>Reads the identity of <paramref name="certificate"/>.</summary>
    public static CertificateIdentity From(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);

        var dnsNames = new List<string>();
        var ipAddresses = new List<IPAddress>();
        foreach (var extension in certificate.Extensions)
        {
            if (extension.Oid?.Value != SubjectAlternativeNameOid)
            {
                continue;
            }

            var names = extension as X509SubjectAlternativeNameExtension
                ?? new X509SubjectAlternativeNameExtension(extension.RawData, extension.Critical);
            dnsNames.AddRange(names.EnumerateDnsNames());
            ipAddresses.AddRange(names.EnumerateIPAddresses());
        }

        return new CertificateIdentity(
            certificate.Subject,
            certificate.Issuer,
            ToUtc(certificate.NotBefore),
            ToUtc(certificate.NotAfter),
            CertificateThumbprint.Sha256(certificate),
            dnsNames,
            ipAddresses);
    }

    private static DateTimeOffset ToUtc(DateTime local) => new(local.ToUniversalTime(), TimeSpan.Zero);
}
