using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>An undo in KSC failed: the object it names may be left behind (the task runner logs this).</summary>
public sealed class KscUndoException(string what, Error error)
    : Exception($"Could not undo in KSC: {what} ({error.Code}: {error.Message})")
{
    public Error Error { get; } = error;
}
