using System.Security.Cryptography;
using System.Text;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>Reads an uploaded certificate file (klserver.cer): DER or PEM, at most <see cref="HierarchyDefaults.MaxCertificateFileBytes"/>.</summary>
public static class ServerCertificateFile
{
    private const string PemLabel = "CERTIFICATE";

    /// <summary>The certificate in <paramref name="content"/>; a clear error when it is empty, too large or not a certificate.</summary>
    public static Result<ServerCertificate> Read(byte[]? content, string? fileName)
    {
        if (fileName is not null
            && !HierarchyDefaults.CertificateFileExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return HierarchyErrors.CertificateFileUnreadable("choose a .cer, .pem or .der file.");
        }

        if (content is null || content.Length == 0)
        {
            return HierarchyErrors.CertificateFileUnreadable("the file is empty.");
        }

        if (content.Length > HierarchyDefaults.MaxCertificateFileBytes)
        {
            return HierarchyErrors.CertificateFileUnreadable($"the file is larger than {HierarchyDefaults.MaxCertificateFileBytes / 1024} KB, so it is not a server certificate.");
        }

        var der = FromPem(content) ?? content;
        try
        {
            return ServerCertificate.FromDer(der);
        }
        catch (CryptographicException)
        {
            return HierarchyErrors.CertificateFileUnreadable("it is not an X.509 certificate in DER or PEM form.");
        }
    }

    private static byte[]? FromPem(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        if (!PemEncoding.TryFind(text, out var fields) || !text[fields.Label].Equals(PemLabel, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text[fields.Base64Data]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
