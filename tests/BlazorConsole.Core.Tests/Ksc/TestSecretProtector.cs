using System.Security.Cryptography;
using BlazorConsole.Core.Common;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorConsole.Core.Tests.Ksc;

/// <summary>Real Data Protection with an ephemeral key; <see cref="KeyLost"/> makes every decryption fail as after a key-ring loss.</summary>
internal sealed class TestSecretProtector : ISecretProtector
{
    private readonly IDataProtector _protector = new EphemeralDataProtectionProvider().CreateProtector("tests");

    public bool KeyLost { get; set; }

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) =>
        KeyLost ? throw new CryptographicException("The key was not found in the key ring.") : _protector.Unprotect(protectedSecret);
}
