using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// Finds the certificates that protect the Data Protection key ring: <c>DataProtection:CertificatePath</c> when
/// configured (every node of a cluster points at the same PFX), otherwise a self-signed RSA certificate kept in
/// the data folder, created on first start and reused for ever after.
/// </summary>
public sealed class DataProtectionCertificateSource(TimeProvider time)
{
    public const string SelfSignedFileName = "dataprotection-certificate.pfx";

    /// <summary>
    /// Long on purpose, and the certificate is NOT replaced when it expires: Data Protection only uses its key pair
    /// (no chain or date is checked), and a new certificate could not decrypt the key ring the old one encrypted,
    /// which would make every secret stored in the database unreadable.
    /// </summary>
    public static readonly TimeSpan SelfSignedLifetime = TimeSpan.FromDays(3650);

    /// <summary>The certificates for these settings; <paramref name="dataFolder"/> holds the self-signed one.</summary>
    public DataProtectionCertificates Load(DataProtectionSettings settings, string dataFolder)
    {
        var previous = settings.PreviousCertificates
            .Select((entry, index) => CertificateFile.LoadConfigured(
                entry.Path, entry.Password, dataFolder, $"{DataProtectionSettings.SectionName}:PreviousCertificates:{index}:Path"))
            .ToList();
        var selfSignedPath = Path.Combine(dataFolder, SelfSignedFileName);
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            return new DataProtectionCertificates(GetOrCreateSelfSigned(selfSignedPath), previous);
        }

        var current = CertificateFile.LoadConfigured(
            settings.CertificatePath, settings.CertificatePassword, dataFolder, $"{DataProtectionSettings.SectionName}:CertificatePath");
        if (File.Exists(selfSignedPath))
        {
            // the node ran with its generated certificate before one was configured: keep reading the keys it encrypted
            previous.Add(CertificateFile.LoadConfigured(selfSignedPath, null, dataFolder, selfSignedPath));
        }

        return new DataProtectionCertificates(current, previous);
    }

    /// <summary>Loads the self-signed certificate at <paramref name="path"/>, creating it only when missing.</summary>
    public X509Certificate2 GetOrCreateSelfSigned(string path) =>
        CertificateFile.GetOrCreate(path, _ => true, () => CreateSelfSigned(time.GetUtcNow()));

    /// <summary>RSA, because the key ring's XML encryption wraps each key with the certificate's RSA public key.</summary>
    private static byte[] CreateSelfSigned(DateTimeOffset now)
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=BlazorConsole Data Protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(SelfSignedLifetime));
        return certificate.Export(X509ContentType.Pfx);
    }
}
