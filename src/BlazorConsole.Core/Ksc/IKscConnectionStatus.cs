namespace BlazorConsole.Core.Ksc;

/// <summary>Tells whether a KSC connection is configured, so that tasks that need KSC can fail early.</summary>
public interface IKscConnectionStatus
{
    Task<bool> IsConfiguredAsync(CancellationToken cancellationToken);
}
