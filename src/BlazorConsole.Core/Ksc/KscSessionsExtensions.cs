using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>Runs one unit of work in a KSC session that is ended afterwards, whatever happens.</summary>
public static class KscSessionsExtensions
{
    public static async Task<Result> RunAsync(
        this IKscSessions sessions,
        Func<IKscSession, Task<Result>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(work);
        var opened = await sessions.OpenAsync(cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var session = opened.Value;
        return await work(session);
    }

    /// <summary>
    /// Runs an undo in a KSC session. A failure (KSC down, refused) throws, so that the task runner logs that the
    /// undo failed and what may be left in KSC; an object that is already gone counts as undone.
    /// </summary>
    public static async Task UndoAsync(
        this IKscSessions sessions,
        string what,
        Func<IKscSession, Task<Result>> undo,
        CancellationToken cancellationToken)
    {
        var result = await sessions.RunAsync(undo, cancellationToken);
        if (!result.IsSuccess && !KscErrors.IsNotFound(result.Error))
        {
            throw new KscUndoException(what, result.Error);
        }
    }
}
