using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>
/// Opens KSC sessions with the saved settings: the password is decrypted in memory for the sign-in only. Each
/// outcome becomes the monitor's status; when the certificate is not (or no longer) the trusted one, a probe
/// fetches the presented certificate so the settings page can show both thumbprints.
/// </summary>
public sealed class KscSessions(
    IKscConnectionStore store,
    IKscConnector connector,
    ISecretProtector secrets,
    KscConnectionMonitor monitor) : IKscSessions
{
    public async Task<Result<IKscSession>> OpenAsync(CancellationToken cancellationToken)
    {
        var saved = await store.GetAsync(cancellationToken);
        if (saved is null)
        {
            return KscErrors.ServiceNotConfigured();
        }

        var endpoint = KscSavedEndpoint.Create(saved, secrets);
        if (!endpoint.IsSuccess)
        {
            monitor.Record(new KscProbe(KscProbeStatus.Failed, endpoint.Error.Message, PinnedThumbprint: saved.PinnedThumbprint));
            return endpoint.Error;
        }

        var session = await connector.OpenAsync(endpoint.Value, cancellationToken);
        if (session.IsSuccess)
        {
            if (monitor.Last?.Probe.IsConnected != true)
            {
                monitor.Record(new KscProbe(KscProbeStatus.Connected, "A task signed in to the Administration Server.", PinnedThumbprint: saved.PinnedThumbprint));
            }

            return session;
        }

        await RecordFailureAsync(session.Error, endpoint.Value, cancellationToken);
        return session;
    }

    private async Task RecordFailureAsync(Error error, KscEndpoint endpoint, CancellationToken cancellationToken)
    {
        switch (error.Code)
        {
            case KscErrors.CertificateChangedCode or KscErrors.CertificateUntrustedCode:
                // the error names the thumbprints only in its text: a probe brings the certificate itself
                var probe = await connector.ProbeAsync(endpoint, cancellationToken);
                monitor.Record(probe.Status is KscProbeStatus.CertificateChanged or KscProbeStatus.CertificateUntrusted
                    ? probe
                    : new KscProbe(StatusOf(error.Code), error.Message, PinnedThumbprint: endpoint.PinnedThumbprint));
                break;
            default:
                monitor.Record(new KscProbe(StatusOf(error.Code), error.Message, PinnedThumbprint: endpoint.PinnedThumbprint));
                break;
        }
    }

    private static KscProbeStatus StatusOf(string code) => code switch
    {
        KscErrors.CertificateChangedCode => KscProbeStatus.CertificateChanged,
        KscErrors.CertificateUntrustedCode => KscProbeStatus.CertificateUntrusted,
        KscErrors.CredentialsRejectedCode => KscProbeStatus.CredentialsRejected,
        KscErrors.UnreachableCode => KscProbeStatus.Unreachable,
        _ => KscProbeStatus.Failed,
    };
}
