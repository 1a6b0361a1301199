using System.Net;
using System.Runtime.InteropServices;
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

        var path = Path.IsPathRooted(server.CertificatePath) ? server.CertificatePath : Path.Combine(dataFolder, server.CertificatePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Server:CertificatePath points to '{path}', which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, server.CertificatePassword);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"Server:CertificatePath '{path}' holds no private key.");
        }

        return certificate;
    }

    /// <summary>Loads the self-signed certificate at <paramref name="path"/>, creating it when missing or expired.</summary>
    public X509Certificate2 GetOrCreateSelfSigned(string path)
    {
        var now = time.GetUtcNow();
        if (File.Exists(path))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
            if (existing.HasPrivateKey && existing.NotAfter.ToUniversalTime() > now.UtcDateTime)
            {
                return existing;
            }

            existing.Dispose();
        }

        var pfx = CreateSelfSigned(now);
        Write(path, pfx);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null);
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

    /// <summary>Writes the PFX readable by the owner only (mode 600 on Unix), replacing any previous file at once.</summary>
    private static void Write(string path, byte[] pfx)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(pfx);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
