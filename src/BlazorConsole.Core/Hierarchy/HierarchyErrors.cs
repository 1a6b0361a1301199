using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>The stable codes of hierarchy failures.</summary>
public static class HierarchyErrors
{
    public const string TwoStepCodeRequiredCode = "KSC_TwoStepCodeRequired";
    public const string TwoStepCodeRejectedCode = "KSC_TwoStepCodeRejected";
    public const string CertificateFileUnreadableCode = "KSC_CertificateFileUnreadable";
    public const string CertificateMismatchCode = "KSC_CertificateMismatch";

    public static Error TwoStepCodeRequired() => Error.Validation(
        TwoStepCodeRequiredCode,
        "This account uses two-step verification: enter the security code from the authenticator app.");

    public static Error TwoStepCodeRejected() => Error.Validation(
        TwoStepCodeRejectedCode,
        "The security code was not accepted. Enter the code the authenticator app shows now.");

    public static Error CertificateFileUnreadable(string reason) => Error.Validation(
        CertificateFileUnreadableCode,
        $"The certificate file cannot be used: {reason}");

    public static Error CertificateMismatch(string server, string fileThumbprint, string serverThumbprint) => Error.Validation(
        CertificateMismatchCode,
        $"The certificate file (SHA-256 {fileThumbprint}) is not the certificate of {server} (SHA-256 {serverThumbprint}). Nothing was changed.");
}
