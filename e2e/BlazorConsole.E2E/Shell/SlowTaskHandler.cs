using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.E2E.Shell;

/// <summary>A test-only task type: one undoable step, then a step that waits until the task is canceled.</summary>
public sealed class SlowTaskHandler : ITaskHandler
{
    public const string TypeName = "E2eSlow";
    public const string WaitingStep = "Waiting to be canceled";

    public string Type => TypeName;

    public IReadOnlyList<TaskStep> Plan(TaskContext context) =>
    [
        new("Preparing", (_, _) => Task.FromResult(Result.Success()), (_, _) => Task.CompletedTask),
        new(WaitingStep, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return Result.Success();
        }),
    ];
}
