using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) from a base32 shared key, as an authenticator app computes it.</summary>
public static class Totp
{
    public static string Compute(string base32Key, DateTimeOffset at)
    {
        var key = Base32Decode(base32Key);
        var step = at.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1, as Identity does
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The key as the two-step page shows it ("abcd efgh …"), back to base32.</summary>
    public static string KeyFromDisplay(string shown) => shown.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
