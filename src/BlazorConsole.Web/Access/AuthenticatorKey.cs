using System.Text;

namespace BlazorConsole.Web.Access;

/// <summary>How an authenticator app is given the shared key: as text in groups of four, and as an otpauth URI.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "BlazorConsole";

    public static string Format(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>otpauth://totp/Issuer:user?secret=KEY&amp;issuer=Issuer&amp;digits=6 (RFC 6238 defaults: SHA-1, 30 s).</summary>
    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
}
