using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace BlazorConsole.Web.Access;

/// <summary>The user name and password of an <c>Authorization: Basic base64(user:password)</c> header (RFC 7617).</summary>
internal readonly record struct BasicCredentials(string UserName, string Password)
{
    private const string Prefix = "Basic ";

    /// <summary>The header value decoded as UTF-8; false when it is not a well-formed Basic value.</summary>
    public static bool TryParse(string? header, [NotNullWhen(true)] out BasicCredentials? credentials)
    {
        credentials = null;
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var encoded = header.AsSpan(Prefix.Length).Trim();
        if (encoded.IsEmpty || !Base64.IsValid(encoded, out var length))
        {
            return false;
        }

        var bytes = new byte[length];
        if (!Convert.TryFromBase64Chars(encoded, bytes, out var written))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        credentials = new BasicCredentials(decoded[..colon], decoded[(colon + 1)..]);
        return true;
    }

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{UserName}:***";
}
