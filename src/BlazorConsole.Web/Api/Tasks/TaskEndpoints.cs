using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace BlazorConsole.Web.Api.Tasks;

/// <summary>Task routes of REST API v2.0 (seed: "Methods for working with tasks").</summary>
internal static class TaskEndpoints
{
    public const string Tag = "Tasks";

    private const string TaskIdText = "Task identifier (GUID). An id that is not a GUID names no task.";

    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags(Tag);

        tasks.MapGet("/{taskId}", TaskHandlers.GetAsync)
            .RequireAuthorization(AccessPolicies.ApiRead)
            .WithName("GetTask").WithSummary("Get task information")
            .WithDescription("States: Created, Queued, Starting, Running, Stopping, Completed, Failed, Canceled. A Completed task has <result>; "
                + "a Failed or Canceled one has <error> starting with its VIRMT/KSC code.")
            .Describes("taskId", TaskIdText)
            .Returns(Status200OK, "The task (completed).", example: ApiExamples.CompletedTask)
            .Returns(Status200OK, "The task (failed).", example: ApiExamples.FailedTask)
            .Fails(Status404NotFound, TaskErrors.NotFoundCode, "A task with the specified identifier is not found.");

        tasks.MapGet("/", TaskHandlers.List)
            .RequireAuthorization(AccessPolicies.ApiRead)
            .WithName("ListTasks").WithSummary("Get a list of tasks")
            .WithDescription("Tasks ordered by creation time, streamed as <tasks> of <task>. Filters combine.")
            .Describes("createdFrom", "Only tasks created at or after this time, YYYY-MM-DDThh:mm:ss (UTC).")
            .Describes("state", "Only tasks in this state (any case).")
            .Describes("type", "Only tasks of this type, in any case: CreateTenant, ChangeTenantActivation, DeleteTenant, CreateTenantReport. Blank means any type.")
            .Returns(Status200OK, "The list of tasks.", example: ApiExamples.TaskList)
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "createdFrom is not a date in YYYY-MM-DDThh:mm:ss format, or state is not a task state.");

        tasks.MapPost("/{taskId}/cancel", TaskHandlers.CancelAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithName("CancelTask").WithSummary("Cancel a task")
            .WithDescription("A task that has not started ends Canceled at once (200); a running one goes Stopping, undoes its steps, then ends Canceled (202).")
            .Describes("taskId", TaskIdText)
            .Returns(Status200OK, "The task was canceled; the body is the task.", example: ApiExamples.CanceledTask)
            .Returns(Status202Accepted, "The task is stopping; the body is the task.", example: ApiExamples.StoppingTask)
            .Fails(Status404NotFound, TaskErrors.NotFoundCode, "A task with the specified identifier is not found.")
            .Fails(Status405MethodNotAllowed, TaskHandlers.ChildTaskCode, "A child task is canceled only by canceling its parent.")
            .Fails(Status409Conflict, TaskHandlers.AlreadyFinalCode, "The task is already Completed, Failed or Canceled.");

        return api;
    }
}
