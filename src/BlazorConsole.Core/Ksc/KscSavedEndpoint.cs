using System.Security.Cryptography;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>Turns the saved row into a <see cref="KscEndpoint"/>: the password is decrypted in memory only.</summary>
internal static class KscSavedEndpoint
{
    /// <summary>The saved password in clear; false when it cannot be decrypted (key ring or its certificate replaced).</summary>
    public static bool TryUnprotectPassword(KscConnection saved, ISecretProtector secrets, out string password)
    {
        try
        {
            password = secrets.Unprotect(saved.ProtectedPassword);
            return true;
        }
        catch (CryptographicException)
        {
            password = string.Empty;
            return false;
        }
    }

    /// <summary>The endpoint of the saved settings with their pin; an unreadable password is KSC_StoredPasswordUnreadable.</summary>
    public static Result<KscEndpoint> Create(KscConnection saved, ISecretProtector secrets) =>
        TryUnprotectPassword(saved, secrets, out var password)
            ? new KscEndpoint(saved.Address, saved.Port, saved.UserName, password, saved.PinnedThumbprint)
            : KscErrors.StoredPasswordUnreadable();
}
