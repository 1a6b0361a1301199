using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tasks;

/// <summary>
/// One step of a task's plan. A step that fails returns an <see cref="Error"/>; the runner then undoes
/// the steps already done, in reverse. Undo must tolerate a half-done step (it may run after a crash).
/// </summary>
public sealed record TaskStep(
    string Name,
    Func<TaskContext, CancellationToken, Task<Result>> RunAsync,
    Func<TaskContext, CancellationToken, Task>? UndoAsync = null);
