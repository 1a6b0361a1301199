namespace BlazorConsole.Core.Ksc;

/// <summary>
/// The last observed state of the saved KSC connection (one per process): what a check, a save or a task's
/// session found, including both thumbprints when the server's certificate changed. The settings page shows it
/// and subscribes to <see cref="Changed"/>; a "certificate changed" stays until an administrator trusts the new
/// certificate or a later connection succeeds.
/// </summary>
public sealed class KscConnectionMonitor(TimeProvider time)
{
    private readonly Lock _gate = new();
    private KscObservation? _last;

    /// <summary>Raised after every <see cref="Record"/> or <see cref="Clear"/>, on the caller's thread.</summary>
    public event EventHandler? Changed;

    /// <summary>The last observation; null when nothing was observed since the start or the settings were deleted.</summary>
    public KscObservation? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    public void Record(KscProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        lock (_gate)
        {
            _last = new KscObservation(probe, time.GetUtcNow());
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    public void Clear()
    {
        lock (_gate)
        {
            _last = null;
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }
}
