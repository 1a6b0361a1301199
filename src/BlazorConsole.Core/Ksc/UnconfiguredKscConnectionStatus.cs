namespace BlazorConsole.Core.Ksc;

/// <summary>
/// The KSC connection status while this product has no way to configure a KSC connection: always
/// "not configured", so tasks that need KSC fail with KSC_ServiceNotConfigured instead of pretending.
/// </summary>
public sealed class UnconfiguredKscConnectionStatus : IKscConnectionStatus
{
    public Task<bool> IsConfiguredAsync(CancellationToken cancellationToken) => Task.FromResult(false);
}
