namespace BlazorConsole.Core.Ksc;

/// <summary>
/// How a save ended: <see cref="Saved"/>, or not with the connection attempt that says why (certificate to verify,
/// credentials rejected, unreachable…). <see cref="Probe"/> is null for a save without a connection attempt.
/// </summary>
public sealed record KscSaveOutcome(bool Saved, KscProbe? Probe)
{
    /// <summary>Nothing was saved because the server's certificate waits for an administrator to verify and trust it.</summary>
    public bool NeedsTrust => !Saved && Probe?.Status is KscProbeStatus.CertificateUntrusted or KscProbeStatus.CertificateChanged;
}
