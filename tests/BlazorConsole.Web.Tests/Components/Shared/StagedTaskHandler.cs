using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Tests.Components.Shared;

/// <summary>A report task's plan of two named steps, for the stage log (the pages never run it).</summary>
public sealed class StagedTaskHandler : ITaskHandler
{
    public const string FirstStep = "Resolving the reporting range";
    public const string SecondStep = "Writing the report file";

    public string Type => TaskTypes.CreateTenantReport;

    public IReadOnlyList<TaskStep> Plan(TaskContext context) =>
    [
        new(FirstStep, (_, _) => Task.FromResult(Result.Success())),
        new(SecondStep, (_, _) => Task.FromResult(Result.Success())),
    ];
}
