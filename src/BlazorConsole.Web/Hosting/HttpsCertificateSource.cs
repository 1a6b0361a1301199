using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// Finds the HTTPS certificate: the configured PFX, or a self-signed one kept in the data folder,
/// created on first start, reused afterwards and replaced once it has expired.
/// </summary>
public sealed class HttpsCertificateSource(TimeProvider time)
{
    public const string SelfSignedFileName = "https-certificate.pfx";

    public static readonly TimeSpan SelfSignedLifetime = TimeSpan.FromDays(730);

    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    /// <summary>The certificate Kestrel serves for these settings.</summary>
    public X509Certificate2 Load(ServerOptions server, string dataFolder)
    {
        if (string.IsNullOrWhiteSpace(server.CertificatePath))
        {
            return GetOrCreateSelfSigned(Path.Combine(dataFolder, SelfSignedFileName));
        }

        return CertificateFile.LoadConfigured(server.CertificatePath, server.CertificatePassword, dataFolder, "Server:CertificatePath");
    }

    /// <summary>Loads the self-signed certificate at <paramref name="path"/>, creating it when missing or expired.</summary>
    public X509Certificate2 GetOrCreateSelfSigned(string path)
    {
        var now = time.GetUtcNow();
        return CertificateFile.GetOrCreate(path, existing => existing.NotAfter.ToUniversalTime() > now.UtcDateTime, () => CreateSelfSigned(now));
    }

    private static byte[] CreateSelfSigned(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=BlazorConsole", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        var machine = Environment.MachineName.ToLowerInvariant();
        if (machine != "localhost" && Uri.CheckHostName(machine) == UriHostNameType.Dns)
        {
            names.AddDnsName(machine);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(SelfSignedLifetime));
        return certificate.Export(X509ContentType.Pfx);
    }
}
