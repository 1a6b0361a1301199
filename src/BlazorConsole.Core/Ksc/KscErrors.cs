using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>The stable codes of failures to reach or use KSC (the seed's KSC_ServiceNotConfigured and ours).</summary>
public static class KscErrors
{
    public const string ServiceNotConfiguredCode = "KSC_ServiceNotConfigured";
    public const string UnreachableCode = "KSC_ServerUnreachable";
    public const string CertificateUntrustedCode = "KSC_CertificateNotTrusted";
    public const string CertificateChangedCode = "KSC_CertificateChanged";
    public const string CredentialsRejectedCode = "KSC_CredentialsRejected";
    public const string CallFailedCode = "KSC_CallFailed";
    public const string ObjectNotFoundCode = "KSC_ObjectNotFound";
    public const string VirtualServerNameTakenCode = "KSC_VirtualServerNameTaken";
    public const string VirtualServerLimitCode = "KSC_VirtualServerLimitReached";
    public const string StoredPasswordUnreadableCode = "KSC_StoredPasswordUnreadable";

    public static Error ServiceNotConfigured() => Error.Unavailable(
        ServiceNotConfiguredCode,
        "Kaspersky Security Center connection settings are not specified.");

    public static Error Unreachable(string reason) => Error.Unavailable(
        UnreachableCode,
        $"The KSC Administration Server cannot be reached: {reason}");

    public static Error CertificateUntrusted(string presentedThumbprint) => Error.Unavailable(
        CertificateUntrustedCode,
        $"The certificate of the KSC Administration Server (SHA-256 {presentedThumbprint}) is not trusted. An administrator must verify and trust it in the KSC connection settings.");

    public static Error CertificateChanged(string presentedThumbprint, string pinnedThumbprint) => Error.Unavailable(
        CertificateChangedCode,
        $"The KSC Administration Server presented a different certificate (SHA-256 {presentedThumbprint}) from the trusted one ({pinnedThumbprint}). Calls are refused until an administrator trusts the new certificate.");

    public static Error CredentialsRejected() => Error.Unavailable(
        CredentialsRejectedCode,
        "The KSC Administration Server rejected the account name or password of the connection settings.");

    /// <summary>KSC answered a call with an error (PxgError) that the product has no better code for.</summary>
    public static Error CallFailed(string method, string message) => Error.Unavailable(
        CallFailedCode,
        $"KSC refused {method}: {message}");

    public static Error ObjectNotFound(string what) => Error.NotFound(ObjectNotFoundCode, $"{what} does not exist in KSC.");

    public static Error VirtualServerNameTaken(string displayName) => Error.Conflict(
        VirtualServerNameTakenCode,
        $"KSC already has a virtual Administration Server named '{displayName}'.");

    public static Error VirtualServerLimit() => Error.Conflict(
        VirtualServerLimitCode,
        "The KSC Administration Server already has the most virtual Administration Servers it supports (500).");

    /// <summary>The saved password cannot be decrypted (the Data Protection key ring or its certificate was replaced).</summary>
    public static Error StoredPasswordUnreadable() => Error.Unavailable(
        StoredPasswordUnreadableCode,
        "The saved KSC password cannot be decrypted (the key ring or its certificate changed). An administrator must enter the password again in the KSC connection settings.");

    /// <summary>True for failures that mean the object is already gone (undo and removal treat them as done).</summary>
    public static bool IsNotFound(Error? error) => error?.Code == ObjectNotFoundCode;
}
