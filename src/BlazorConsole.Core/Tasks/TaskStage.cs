namespace BlazorConsole.Core.Tasks;

/// <summary>One step of a task's plan, as the stage log shows it.</summary>
public sealed record TaskStage(string Name, TaskStageStatus Status);
