using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Api.Tasks;

/// <summary>The query string of GET /tasks as a <see cref="TaskQuery"/>; blank parameters are not given.</summary>
internal static class TaskListQuery
{
    public static Result<TaskQuery> Parse(string? createdFrom, string? state, string? type)
    {
        DateTime? from = null;
        if (!string.IsNullOrWhiteSpace(createdFrom))
        {
            if (!WireTime.TryParse(createdFrom, out var parsed))
            {
                return Error.Validation(ErrorCodes.InvalidParameterValue, "createdFrom must be a date and time in YYYY-MM-DDThh:mm:ss format (UTC).");
            }

            from = parsed;
        }

        TaskState? wanted = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!char.IsAsciiLetter(state.Trim()[0]) || !TaskStates.TryParse(state, out var parsed))
            {
                return Error.Validation(ErrorCodes.InvalidParameterValue, $"state must be one of {string.Join(", ", Enum.GetNames<TaskState>())}.");
            }

            wanted = parsed;
        }

        return new TaskQuery { CreatedFrom = from, State = wanted, Type = string.IsNullOrEmpty(type) ? null : type };
    }
}
