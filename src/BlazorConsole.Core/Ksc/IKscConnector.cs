using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>Opens sessions with a KSC Administration Server over the KSC Open API (the port the Clients project fills).</summary>
public interface IKscConnector
{
    /// <summary>Signs in and out once to test <paramref name="endpoint"/>; never throws for a network or protocol failure.</summary>
    Task<KscProbe> ProbeAsync(KscEndpoint endpoint, CancellationToken cancellationToken);

    /// <summary>
    /// Signs in to the main Administration Server. Fails with <see cref="KscErrors"/> codes: certificate not
    /// trusted or changed, credentials rejected, unreachable.
    /// </summary>
    Task<Result<IKscSession>> OpenAsync(KscEndpoint endpoint, CancellationToken cancellationToken);
}
