using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tests.Tasks;

/// <summary>A handler whose steps are given by the test; every run and undo is written to <see cref="Journal"/>.</summary>
internal sealed class ScriptedHandler : ITaskHandler
{
    public const string TypeName = "Scripted";

    private readonly List<(string Name, Func<TaskContext, CancellationToken, Task<Result>> Run, bool HasUndo)> _steps = [];

    public string Type => TypeName;

    public List<string> Journal { get; } = [];

    public Func<string, string> Redact { get; set; } = input => input;

    public ScriptedHandler Step(string name, Func<TaskContext, CancellationToken, Task<Result>>? run = null, bool undo = true)
    {
        _steps.Add((name, run ?? ((_, _) => Task.FromResult(Result.Success())), undo));
        return this;
    }

    public ScriptedHandler FailingUndo(string name)
    {
        FailingUndos.Add(name);
        return this;
    }

    public HashSet<string> FailingUndos { get; } = [];

    public IReadOnlyList<TaskStep> Plan(TaskContext context) =>
        [.. _steps.Select(s => new TaskStep(
            s.Name,
            async (c, ct) =>
            {
                Journal.Add($"run {s.Name}");
                return await s.Run(c, ct);
            },
            s.HasUndo
                ? (_, _) =>
                {
                    Journal.Add($"undo {s.Name}");
                    return FailingUndos.Contains(s.Name) ? throw new InvalidOperationException($"undo of {s.Name} broke") : Task.CompletedTask;
                }
                : null))];

    public string WithoutSecrets(string input) => Redact(input);
}
