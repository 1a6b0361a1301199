namespace BlazorConsole.Core.Ksc;

/// <summary>What the Verify certificate window shows about the certificate a KSC server presented.</summary>
/// <param name="Subject">Subject distinguished name.</param>
/// <param name="Issuer">Issuer distinguished name (equal to the subject when self-signed).</param>
/// <param name="NotBefore">Start of validity, UTC.</param>
/// <param name="NotAfter">End of validity, UTC.</param>
/// <param name="Sha256Thumbprint">SHA-256 thumbprint, 64 upper-case hex digits: the value that gets pinned.</param>
/// <param name="AlternativeNames">DNS names and IP addresses of the subject alternative name extension.</param>
public sealed record KscCertificate(
    string Subject,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Sha256Thumbprint,
    IReadOnlyList<string> AlternativeNames);
