using BlazorConsole.Clients.Common;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// Opens KSC Open API sessions over HTTPS, trusting only the endpoint's pinned certificate. One transport (handlers and
/// connection pools) per server and pin is kept and reused; a new pin replaces it, so connections checked under an old
/// pin are never used under the new one.
/// </summary>
public sealed class KscConnector : IKscConnector, IDisposable
{
    private readonly KscTransports _transports;
    private readonly KscClientOptions _options;
    private readonly TimeProvider _timeProvider;

    public KscConnector(IOptions<KscClientOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _timeProvider = timeProvider;
        _transports = new KscTransports(options, timeProvider);
    }

    public async Task<KscProbe> ProbeAsync(KscEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!TryOpenChannel(endpoint, out var channel, out var invalid))
        {
            return new KscProbe(KscProbeStatus.Failed, invalid);
        }

        using (channel)
        {
            var started = await channel.StartSessionAsync(virtualServer: null, cancellationToken);
            if (!started.IsSuccess)
            {
                return ToProbe(started.Error, channel.LastCertificateCheck);
            }

            var pinged = await channel.CallAsync("Session.Ping", [], started.Value, "The session", cancellationToken);
            await channel.EndSessionAsync(started.Value);
            return pinged.IsSuccess
                ? new KscProbe(KscProbeStatus.Connected, $"Signed in to the KSC Administration Server at {endpoint.Address}:{endpoint.Port} as {endpoint.UserName}.", Describe(channel.LastCertificateCheck.Presented), channel.LastCertificateCheck.PinnedThumbprint)
                : ToProbe(pinged.Error, channel.LastCertificateCheck);
        }
    }

    public async Task<Result<IKscSession>> OpenAsync(KscEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!TryOpenChannel(endpoint, out var channel, out var invalid))
        {
            return KscErrors.Unreachable(invalid);
        }

        try
        {
            var started = await channel.StartSessionAsync(virtualServer: null, cancellationToken);
            if (!started.IsSuccess)
            {
                channel.Dispose();
                return started.Error;
            }

            return new KscSession(channel, started.Value, _timeProvider);
        }
        catch
        {
            channel.Dispose();
            throw;
        }
    }

    public void Dispose() => _transports.Dispose();

    private bool TryOpenChannel(KscEndpoint endpoint, out KscChannel channel, out string invalid)
    {
        channel = null!;
        invalid = string.Empty;
        if (string.IsNullOrWhiteSpace(endpoint.Address) || Uri.CheckHostName(endpoint.Address) == UriHostNameType.Unknown)
        {
            invalid = "the address is not an IP address or host name";
            return false;
        }

        if (endpoint.Port is < 1 or > 65535)
        {
            invalid = "the port is not between 1 and 65535";
            return false;
        }

        var transport = _transports.Acquire(endpoint.Address, endpoint.Port, endpoint.PinnedThumbprint);
        channel = new KscChannel(transport, endpoint, _options);
        return true;
    }

    private static KscProbe ToProbe(Error error, CertificateCheck check) => error.Code switch
    {
        KscErrors.CertificateUntrustedCode => new KscProbe(KscProbeStatus.CertificateUntrusted, error.Message, Describe(check.Presented)),
        KscErrors.CertificateChangedCode => new KscProbe(KscProbeStatus.CertificateChanged, error.Message, Describe(check.Presented), check.PinnedThumbprint),
        KscErrors.CredentialsRejectedCode => new KscProbe(KscProbeStatus.CredentialsRejected, error.Message, Describe(check.Presented), check.PinnedThumbprint),
        KscErrors.UnreachableCode => new KscProbe(KscProbeStatus.Unreachable, error.Message),
        _ => new KscProbe(KscProbeStatus.Failed, error.Message, Describe(check.Presented), check.PinnedThumbprint),
    };

    private static KscCertificate? Describe(CertificateIdentity? identity) =>
        identity is null
            ? null
            : new KscCertificate(
                identity.Subject,
                identity.Issuer,
                identity.NotBefore,
                identity.NotAfter,
                identity.Sha256Thumbprint,
                [.. identity.DnsNames, .. identity.IpAddresses.Select(address => address.ToString())]);
}
