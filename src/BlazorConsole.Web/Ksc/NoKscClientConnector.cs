using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Web.Ksc;

/// <summary>
/// The connector used only while no KSC client is registered (the Clients project's <c>AddKscClient()</c>
/// replaces it): every attempt honestly fails, saying that this build cannot reach KSC, so nothing is saved as
/// tested and no task pretends to have reached KSC.
/// </summary>
internal sealed class NoKscClientConnector : IKscConnector
{
    public const string Reason = "this console has no KSC client installed, so it cannot connect to KSC";

    public Task<KscProbe> ProbeAsync(KscEndpoint endpoint, CancellationToken cancellationToken) =>
        Task.FromResult(new KscProbe(KscProbeStatus.Failed, $"Not connected: {Reason}.", PinnedThumbprint: endpoint.PinnedThumbprint));

    public Task<Result<IKscSession>> OpenAsync(KscEndpoint endpoint, CancellationToken cancellationToken) =>
        Task.FromResult<Result<IKscSession>>(KscErrors.Unreachable(Reason));
}
