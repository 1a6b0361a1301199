namespace BlazorConsole.Core.Hierarchy;

/// <summary>Facts of KSC server hierarchies the product shares.</summary>
public static class HierarchyDefaults
{
    /// <summary>The port Administration Servers of a hierarchy connect to each other on.</summary>
    public const int SslPort = 13000;

    /// <summary>Largest certificate file accepted (a klserver.cer is about 1-2 KB).</summary>
    public const int MaxCertificateFileBytes = 64 * 1024;

    /// <summary>Longest display name of a secondary.</summary>
    public const int DisplayNameMaxLength = 256;

    /// <summary>Extensions of the certificate files accepted.</summary>
    public static readonly IReadOnlyList<string> CertificateFileExtensions = [".cer", ".pem", ".der", ".crt"];
}
