using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Autotask;

internal sealed partial class AutotaskState
{
    /// <summary>One page of a query: rows with id above <paramref name="afterId"/>, ascending, at most <paramref name="pageSize"/>.</summary>
    public (List<JsonObject> Rows, bool More) Query(AutotaskEntitySpec entity, JsonArray filter, int pageSize, long? afterId, IReadOnlyList<string>? includeFields, Func<JsonObject, bool>? scope = null)
    {
        AutotaskQueryEngine.Validate(entity, filter);
        lock (_gate)
        {
            var matching = _rows[entity.Name]
                .Where(pair => afterId is null || pair.Key > afterId)
                .Select(pair => pair.Value)
                .Where(row => scope is null || scope(row))
                .Where(row => AutotaskQueryEngine.Matches(entity, row, filter))
                .Take(pageSize + 1)
                .ToList();
            var more = matching.Count > pageSize;
            if (more && includeFields is not null && !includeFields.Contains("id", StringComparer.OrdinalIgnoreCase))
            {
                throw AutotaskWireException.Invalid("IncludeFields must contain id when the result has more than one page.");
            }

            return ([.. matching.Take(pageSize).Select(row => Project(entity, row, includeFields))], more);
        }
    }

    public int Count(AutotaskEntitySpec entity, JsonArray filter)
    {
        AutotaskQueryEngine.Validate(entity, filter);
        lock (_gate)
        {
            return _rows[entity.Name].Values.Count(row => AutotaskQueryEngine.Matches(entity, row, filter));
        }
    }

    public JsonObject? Get(AutotaskEntitySpec entity, long id)
    {
        lock (_gate)
        {
            return _rows[entity.Name].TryGetValue(id, out var row) ? Project(entity, row, null) : null;
        }
    }

    public bool Exists(string entity, long id)
    {
        lock (_gate)
        {
            return _rows[entity].ContainsKey(id);
        }
    }

    private static JsonObject Project(AutotaskEntitySpec entity, JsonObject row, IReadOnlyList<string>? includeFields)
    {
        var copy = new JsonObject(NodeOptions);
        foreach (var field in entity.Fields)
        {
            if (includeFields is null || includeFields.Contains(field.Name, StringComparer.OrdinalIgnoreCase))
            {
                copy[field.Name] = row[field.Name]?.DeepClone();
            }
        }

        if (entity.HasUserDefinedFields)
        {
            copy["userDefinedFields"] = row["userDefinedFields"]?.DeepClone() ?? new JsonArray();
        }

        return copy;
    }
}
