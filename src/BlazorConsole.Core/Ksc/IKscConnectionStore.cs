namespace BlazorConsole.Core.Ksc;

/// <summary>Keeps the single saved KSC connection (<see cref="KscConnection"/>).</summary>
public interface IKscConnectionStore
{
    /// <summary>The saved connection, or null when none is saved.</summary>
    Task<KscConnection?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the single row with <paramref name="connection"/>.</summary>
    Task SaveAsync(KscConnection connection, CancellationToken cancellationToken);

    /// <summary>Deletes the saved connection; false when there was none.</summary>
    Task<bool> DeleteAsync(CancellationToken cancellationToken);
}
