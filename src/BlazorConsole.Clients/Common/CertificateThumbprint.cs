using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Clients.Common;

/// <summary>SHA-256 certificate thumbprints in the one form the product stores and compares: 64 upper-case hex digits.</summary>
public static class CertificateThumbprint
{
    /// <summary>Number of hex digits in a SHA-256 thumbprint.</summary>
    public const int Length = 64;

    /// <summary>The SHA-256 thumbprint of <paramref name="certificate"/> (of its DER encoding).</summary>
    public static string Sha256(X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    /// <summary>
    /// Normalizes a thumbprint typed or pasted by an administrator (any case, with spaces or colons between the
    /// bytes, as certificate viewers show it); false when what remains is not 64 hex digits.
    /// </summary>
    public static bool TryNormalize(string? value, out string thumbprint)
    {
        thumbprint = string.Empty;
        if (value is null)
        {
            return false;
        }

        var digits = new char[Length];
        var count = 0;
        foreach (var character in value)
        {
            if (character is ' ' or ':' or '-')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(character) || count == Length)
            {
                return false;
            }

            digits[count++] = char.ToUpperInvariant(character);
        }

        if (count != Length)
        {
            return false;
        }

        thumbprint = new string(digits);
        return true;
    }
}
