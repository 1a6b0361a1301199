namespace BlazorConsole.Web.Hosting;

/// <summary>
/// The <c>DataProtection</c> section: the certificate that encrypts the Data Protection key ring stored in the
/// database. Without one, a self-signed certificate is generated in the data folder on first start.
/// </summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>A PFX (RSA) shared by every node of a cluster; relative paths are resolved against the data folder.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX password, if it has one. Never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before, kept to decrypt keys they encrypted (never to encrypt new ones).</summary>
    public IList<DataProtectionCertificateSetting> PreviousCertificates { get; } = [];
}
