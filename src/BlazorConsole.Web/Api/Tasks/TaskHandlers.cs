using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Tasks;

/// <summary>The task methods: bind, call <see cref="TaskService"/>, map the result.</summary>
internal static class TaskHandlers
{
    public const string ChildTaskCode = "VIRMT_ChildTaskCannotBeCanceled";
    public const string AlreadyFinalCode = "VIRMT_TaskAlreadyFinished";

    public static async Task<IResult> GetAsync(string taskId, TaskService tasks, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(taskId, out var id))
        {
            return ApiResults.Problem(UnknownTask());
        }

        var task = await tasks.GetAsync(id, cancellationToken);
        return task.IsSuccess ? ApiResults.Ok((xml, _) => TaskXml.WriteAsync(xml, task.Value)) : ApiResults.Problem(task.Error);
    }

    public static IResult List(string? createdFrom, string? state, string? type, TaskService tasks)
    {
        var query = TaskListQuery.Parse(createdFrom, state, type);
        return !query.IsSuccess
            ? ApiResults.Problem(query.Error)
            : ApiResults.Ok(async (xml, ct) =>
            {
                await xml.WriteStartElementAsync(null, "tasks", null);
                await foreach (var task in tasks.StreamAsync(query.Value, ct))
                {
                    await TaskXml.WriteAsync(xml, task);
                }

                await xml.WriteEndElementAsync();
            });
    }

    public static async Task<IResult> CancelAsync(string taskId, HttpContext context, TaskService tasks, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(taskId, out var id))
        {
            return ApiResults.Problem(UnknownTask());
        }

        var outcome = await tasks.CancelAsync(id, cancellationToken);
        if (outcome is CancelOutcome.Canceled or CancelOutcome.Stopping && await tasks.GetAsync(id, cancellationToken) is { IsSuccess: true } task)
        {
            var status = outcome == CancelOutcome.Canceled ? StatusCodes.Status200OK : StatusCodes.Status202Accepted;
            return new XmlResult(status, (xml, _) => TaskXml.WriteAsync(xml, task.Value));
        }

        return outcome switch
        {
            CancelOutcome.ChildTask => ApiResults.Problem(
                Error.Validation(ChildTaskCode, "A child task is canceled only by canceling its parent task."), StatusCodes.Status405MethodNotAllowed),
            CancelOutcome.AccessDenied => ApiResults.Problem(Core.Access.AccessScopeErrors.Denied),
            CancelOutcome.AlreadyFinal => ApiResults.Problem(
                Error.Conflict(AlreadyFinalCode, "The task has already ended (Completed, Failed or Canceled).")),
            _ => ApiResults.Problem(TaskErrors.NotFound(id)),
        };
    }

    private static Error UnknownTask() =>
        Error.NotFound(TaskErrors.NotFoundCode, "A task with the specified identifier is not found.");
}
