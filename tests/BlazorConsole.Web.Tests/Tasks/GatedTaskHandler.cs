using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Tests.Tasks;

/// <summary>A test-only task type: "Preparing" (undoable), then "Waiting", which blocks on the probe's gate.</summary>
internal sealed class GatedTaskHandler(GateProbe probe, string host) : ITaskHandler
{
    public const string TypeName = "TestGated";

    public string Type => TypeName;

    public IReadOnlyList<TaskStep> Plan(TaskContext context) =>
    [
        new TaskStep(
            "Preparing",
            (c, _) =>
            {
                probe.Record(c.Current.Id, host, "run prepare");
                return Task.FromResult(Result.Success());
            },
            (c, _) =>
            {
                probe.Record(c.Current.Id, host, "undo prepare");
                return Task.CompletedTask;
            }),
        new TaskStep(
            "Waiting",
            async (c, ct) =>
            {
                probe.Record(c.Current.Id, host, "run wait");
                probe.SignalEntered(c.Current.Id);
                if (probe.Block)
                {
                    await probe.Release.Task.WaitAsync(ct);
                }

                return Result.Success();
            },
            (c, _) =>
            {
                probe.Record(c.Current.Id, host, "undo wait");
                return Task.CompletedTask;
            }),
    ];
}
