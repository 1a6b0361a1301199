using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Web.Api.Tasks;

/// <summary>The query string of GET /tasks as a <see cref="TaskQuery"/>; blank parameters are ignored.</summary>
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

        return new TaskQuery { CreatedFrom = from, State = wanted, Type = TypeFilter(type) };
    }

    /// <summary>
    /// A known type name in any case becomes its canonical spelling (<c>createtenant</c> → <c>CreateTenant</c>);
    /// blank means no filter; any other text is matched exactly (it names no task this product makes).
    /// </summary>
    private static string? TypeFilter(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var trimmed = type.Trim();
        return TaskTypes.All.FirstOrDefault(t => t.Equals(trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed;
    }
}
