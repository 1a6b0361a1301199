namespace BlazorConsole.Core.Tasks;

/// <summary>A task with its stage log, its parent and its children, as the task centre shows it.</summary>
public sealed record TaskDetail(ConsoleTask Task, ConsoleTask? Parent, IReadOnlyList<ConsoleTask> Children, IReadOnlyList<TaskStage> Stages);
