using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// Opens KSC Open API sessions with any server of a hierarchy (the console's primary or a future secondary), trusting
/// only the pinned certificate, with the two-step verification code when the account needs one; and fetches the
/// certificate a server presents, for the Verify certificate window.
/// </summary>
public sealed class KscHierarchyConnector : IKscHierarchyConnector, IDisposable
{
    private readonly KscTransports _transports;
    private readonly KscClientOptions _options;
    private readonly TimeProvider _timeProvider;

    public KscHierarchyConnector(IOptions<KscClientOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _timeProvider = timeProvider;
        _transports = new KscTransports(options, timeProvider);
    }

    public async Task<Result<KscCertificate>> FetchCertificateAsync(string address, int port, CancellationToken cancellationToken)
    {
        if (!IsValid(address, port, out var invalid))
        {
            return KscErrors.Unreachable(invalid);
        }

        // nothing pinned: the handshake is refused after the certificate has been seen
        using var channel = new KscChannel(_transports.Acquire(address, port, pinnedThumbprint: null), new KscEndpoint(address, port, "-", string.Empty, null), _options);
        var answer = await channel.CallAsync("Session.Ping", [], "none", "The server", cancellationToken);
        if (channel.LastCertificateCheck.Presented is { } presented)
        {
            return new KscCertificate(
                presented.Subject,
                presented.Issuer,
                presented.NotBefore,
                presented.NotAfter,
                presented.Sha256Thumbprint,
                [.. presented.DnsNames, .. presented.IpAddresses.Select(ip => ip.ToString())]);
        }

        return answer.IsSuccess ? KscErrors.Unreachable("the server presented no TLS certificate") : answer.Error;
    }

    public async Task<Result<IKscHierarchySession>> OpenAsync(KscEndpoint endpoint, string? twoStepCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!IsValid(endpoint.Address, endpoint.Port, out var invalid))
        {
            return KscErrors.Unreachable(invalid);
        }

        var channel = new KscChannel(_transports.Acquire(endpoint.Address, endpoint.Port, endpoint.PinnedThumbprint), endpoint, _options);
        try
        {
            var started = await channel.StartSessionAsync(virtualServer: null, twoStepCode, cancellationToken);
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

    private static bool IsValid(string address, int port, out string invalid)
    {
        invalid = string.Empty;
        if (string.IsNullOrWhiteSpace(address) || Uri.CheckHostName(address) == UriHostNameType.Unknown)
        {
            invalid = "the address is not an IP address or host name";
            return false;
        }

        if (port is < 1 or > 65535)
        {
            invalid = "the port is not between 1 and 65535";
            return false;
        }

        return true;
    }
}
