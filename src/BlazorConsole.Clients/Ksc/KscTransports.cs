using BlazorConsole.Clients.Common;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// The transports of the KSC servers the product talks to, one per (address, port) for its current pin: asking
/// with another pin retires the old transport (disposed when its last session ends) and makes a new one.
/// </summary>
internal sealed class KscTransports(IOptions<KscClientOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Address, int Port), KscTransport> _transports = [];

    /// <summary>A transport for the endpoint's server and pin, acquired (call <see cref="KscTransport.Release"/> when done).</summary>
    public KscTransport Acquire(string address, int port, string? pinnedThumbprint)
    {
        var key = (address.ToUpperInvariant(), port);
        var pin = CertificateThumbprint.TryNormalize(pinnedThumbprint, out var normalized) ? normalized : null;
        lock (_gate)
        {
            if (_transports.TryGetValue(key, out var current))
            {
                if (current.PinnedThumbprint == pin && current.TryAcquire())
                {
                    return current;
                }

                current.Retire();
            }

            var created = new KscTransport(pin, options.Value, timeProvider);
            created.TryAcquire();
            _transports[key] = created;
            return created;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var transport in _transports.Values)
            {
                transport.Retire();
            }

            _transports.Clear();
        }
    }
}
