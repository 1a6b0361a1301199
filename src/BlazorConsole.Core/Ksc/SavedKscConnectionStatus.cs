namespace BlazorConsole.Core.Ksc;

/// <summary>A KSC connection is configured when its settings are saved.</summary>
public sealed class SavedKscConnectionStatus(IKscConnectionStore store) : IKscConnectionStatus
{
    public async Task<bool> IsConfiguredAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(cancellationToken) is not null;
}
