using System.Security.Cryptography;
using System.Text;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// The simulator's <c>DataProtectionApi.ProtectUtf16StringGlobally</c>: AES-GCM with a key made at start and never
/// shown, so only this simulator can read the passwords it encrypted (nonce ‖ tag ‖ ciphertext of the UTF-16 text).
/// </summary>
internal sealed class KscPasswordVault : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly AesGcm _aes = new(RandomNumberGenerator.GetBytes(32), TagSize);

    public byte[] Protect(string plainText)
    {
        var plain = Encoding.Unicode.GetBytes(plainText);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    /// <summary>The plain text, or null when <paramref name="protectedBytes"/> was not made by this vault.</summary>
    public string? Unprotect(byte[] protectedBytes)
    {
        if (protectedBytes.Length < NonceSize + TagSize)
        {
            return null;
        }

        var plain = new byte[protectedBytes.Length - NonceSize - TagSize];
        try
        {
            _aes.Decrypt(
                protectedBytes.AsSpan(0, NonceSize),
                protectedBytes.AsSpan(NonceSize + TagSize),
                protectedBytes.AsSpan(NonceSize, TagSize),
                plain);
            return Encoding.Unicode.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    public void Dispose() => _aes.Dispose();
}
