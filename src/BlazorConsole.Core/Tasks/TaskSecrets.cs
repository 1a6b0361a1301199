namespace BlazorConsole.Core.Tasks;

/// <summary>Drops the secrets of an ended task's input, whichever path ended it (runner, recovery, cancel before start).</summary>
public static class TaskSecrets
{
    /// <summary>What is kept when no handler knows which fields are secret, or the input cannot be read.</summary>
    public const string NoInput = "{}";

    /// <summary>
    /// The handler's copy of <paramref name="input"/> without secrets; <see cref="NoInput"/> when there is no
    /// handler or its cleaning threw (then <paramref name="unreadable"/> holds the exception, to log).
    /// </summary>
    public static string Remove(ITaskHandler? handler, string input, out Exception? unreadable)
    {
        unreadable = null;
        if (handler is null)
        {
            return NoInput;
        }

        try
        {
            return handler.WithoutSecrets(input);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // an input that cannot be read cannot be cleaned: drop it rather than keep a secret
            unreadable = ex;
            return NoInput;
        }
    }
}
