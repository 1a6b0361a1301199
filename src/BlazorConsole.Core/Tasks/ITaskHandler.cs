namespace BlazorConsole.Core.Tasks;

/// <summary>Knows how to run one task type as a list of steps.</summary>
public interface ITaskHandler
{
    string Type { get; }

    /// <summary>The steps for this task. It depends only on the task's input, so that it can be rebuilt after a restart to undo.</summary>
    IReadOnlyList<TaskStep> Plan(TaskContext context);

    /// <summary>
    /// The task's input without the secrets it carried (such as a protected password); the runner stores
    /// it when the task ends, so that no secret outlives the task. Inputs without secrets are returned as they are.
    /// </summary>
    string WithoutSecrets(string input) => input;

    /// <summary>
    /// True for a parent task that spends its run waiting for child tasks: the worker does not count it
    /// against its concurrency limit, so parents can never take every slot their children need.
    /// </summary>
    bool WaitsForChildren => false;
}
