using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Mdr;

/// <summary>Reads the fields of a request body; a field of the wrong type is refused with 400.</summary>
internal static class MdrRequest
{
    private const int MaxTextLength = 4000;

    public static string? String(JsonObject body, string name)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw MdrWireException.BadRequest($"{name} must be a string.");
    }

    public static string RequiredString(JsonObject body, string name, int maxLength = 256)
    {
        var text = String(body, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw MdrWireException.BadRequest($"{name} is required.");
        }

        return text.Length <= maxLength ? text : throw MdrWireException.BadRequest($"{name} is longer than {maxLength} characters.");
    }

    public static string Text(JsonObject body, string name) => RequiredString(body, name, MaxTextLength);

    public static long? Long(JsonObject body, string name)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number)
            ? number
            : throw MdrWireException.BadRequest($"{name} must be an integer (epoch milliseconds for times).");
    }

    public static IReadOnlyList<string>? Strings(JsonObject body, string name)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array || array.Any(item => item is not JsonValue value || value.GetValueKind() != JsonValueKind.String))
        {
            throw MdrWireException.BadRequest($"{name} must be an array of strings.");
        }

        return [.. array.Select(item => item!.GetValue<string>())];
    }

    /// <summary>The page (from 1) and page size, or null when the body asks for no paging and <paramref name="defaultSize"/> is null.</summary>
    public static (int Page, int Size)? Paging(JsonObject body, int? defaultSize, int maxSize)
    {
        var page = Long(body, "page");
        var size = Long(body, "page_size");
        if (page is null && size is null && defaultSize is null)
        {
            return null;
        }

        if (page is < 1 or > int.MaxValue)
        {
            throw MdrWireException.BadRequest("page starts at 1.");
        }

        if (size is < 1 || size > maxSize)
        {
            throw MdrWireException.BadRequest(MdrWireValues.Invariant($"page_size must be between 1 and {maxSize}."));
        }

        return ((int)(page ?? 1), (int)(size ?? defaultSize ?? maxSize));
    }

    public static MdrIncidentSearch Search(JsonObject body)
    {
        var statuses = Strings(body, "statuses")?.Select(text => MdrWireValues.ParseStatus(text) ?? throw MdrWireException.BadRequest($"Unknown status \"{text}\".")).ToList();
        var priorities = Strings(body, "priorities")?.Select(text => MdrWireValues.ParsePriority(text) ?? throw MdrWireException.BadRequest($"Unknown priority \"{text}\".")).ToList();
        var phrase = String(body, "search_phrase");
        if (phrase is { Length: > 256 })
        {
            throw MdrWireException.BadRequest("search_phrase is longer than 256 characters.");
        }

        return new MdrIncidentSearch(
            Long(body, "min_update_time"),
            Long(body, "max_update_time"),
            Long(body, "min_creation_time"),
            statuses,
            priorities,
            Strings(body, "tenants_names"),
            phrase);
    }

    /// <summary>The sort field (<c>update_time</c> or <c>creation_time</c>) and direction; default <c>update_time:asc</c>.</summary>
    public static (string Field, bool Ascending) Sort(JsonObject body)
    {
        var sort = String(body, "sort") ?? "update_time:asc";
        var parts = sort.Split(':');
        return parts is [var field, var direction] && field is "update_time" or "creation_time" && direction is "asc" or "desc"
            ? (field, direction == "asc")
            : throw MdrWireException.BadRequest("sort must be update_time or creation_time, then :asc or :desc.");
    }
}
