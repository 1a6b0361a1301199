using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps make them.</summary>
public static class KscTotp
{
    /// <summary>Length of a step.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The code for <paramref name="secret"/> at <paramref name="at"/>.</summary>
    public static string Code(byte[] secret, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var counter = at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 TOTP is defined over HMAC-SHA1, as authenticator apps compute it
        HMACSHA1.HashData(secret, message, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="code"/> is the code of the current step or of the one before or after it.</summary>
    public static bool Verify(byte[] secret, string? code, DateTimeOffset now) =>
        code is { Length: 6 }
        && (Code(secret, now) == code || Code(secret, now - Step) == code || Code(secret, now + Step) == code);
}
