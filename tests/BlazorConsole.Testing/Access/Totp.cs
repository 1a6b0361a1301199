using OtpNet;

namespace BlazorConsole.Testing.Access;

/// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) from a base32 shared key, as an authenticator app computes it.</summary>
public static class Totp
{
    /// <summary>The code for <paramref name="at"/>; the key may be given as the two-step page shows it ("abcd efgh …").</summary>
    public static string Compute(string base32Key, DateTimeOffset at) =>
        new OtpNet.Totp(Base32Encoding.ToBytes(KeyFromDisplay(base32Key))).ComputeTotp(at.UtcDateTime);

    /// <summary>The key as the two-step page shows it ("abcd efgh …"), back to base32.</summary>
    public static string KeyFromDisplay(string shown) => shown.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
