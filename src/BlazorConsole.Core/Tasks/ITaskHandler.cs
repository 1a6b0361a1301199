namespace BlazorConsole.Core.Tasks;

/// <summary>Knows how to run one task type as a list of steps.</summary>
public interface ITaskHandler
{
    string Type { get; }

    /// <summary>The steps for this task. It depends only on the task's input, so that it can be rebuilt after a restart to undo.</summary>
    IReadOnlyList<TaskStep> Plan(TaskContext context);
}
