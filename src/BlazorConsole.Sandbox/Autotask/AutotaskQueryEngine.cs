using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Autotask;

/// <summary>
/// Evaluates Autotask query filters on rows: every operator, nested <c>and</c>/<c>or</c>, <c>udf</c> conditions,
/// case-insensitive field names and string comparisons, strict booleans. Unknown fields and bad values throw
/// <see cref="AutotaskWireException"/> (500, as Autotask answers).
/// </summary>
internal static class AutotaskQueryEngine
{
    private static readonly string[] Operators =
        ["eq", "noteq", "gt", "gte", "lt", "lte", "beginsWith", "endsWith", "contains", "exist", "notExist", "in", "notIn", "and", "or"];

    /// <summary>Checks the filter list (shape, operators, fields) before it is run.</summary>
    public static void Validate(AutotaskEntitySpec entity, JsonArray filter)
    {
        if (filter.Count == 0)
        {
            throw AutotaskWireException.Invalid("A query needs at least one filter condition.");
        }

        var udfConditions = 0;
        foreach (var condition in filter)
        {
            ValidateCondition(entity, condition, ref udfConditions);
        }

        if (udfConditions > 1)
        {
            throw AutotaskWireException.Invalid("Only one user-defined field condition is allowed per query.");
        }
    }

    /// <summary>True when <paramref name="row"/> meets every top-level condition.</summary>
    public static bool Matches(AutotaskEntitySpec entity, JsonObject row, JsonArray filter) =>
        filter.All(condition => Evaluate(entity, row, (JsonObject)condition!));

    private static void ValidateCondition(AutotaskEntitySpec entity, JsonNode? node, ref int udfConditions)
    {
        if (node is not JsonObject condition)
        {
            throw AutotaskWireException.Invalid("Each filter condition must be an object.");
        }

        var op = condition["op"]?.GetValueKind() == JsonValueKind.String ? condition["op"]!.GetValue<string>() : null;
        if (op is null || !Operators.Contains(op, StringComparer.OrdinalIgnoreCase))
        {
            throw AutotaskWireException.Invalid($"The filter operator '{op}' is not supported.");
        }

        if (IsGroup(op))
        {
            if (condition["items"] is not JsonArray items || items.Count == 0)
            {
                throw AutotaskWireException.Invalid($"The '{op}' condition needs a non-empty items list.");
            }

            foreach (var item in items)
            {
                ValidateCondition(entity, item, ref udfConditions);
            }

            return;
        }

        var field = condition["field"]?.GetValueKind() == JsonValueKind.String ? condition["field"]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(field))
        {
            throw AutotaskWireException.Invalid($"The '{op}' condition needs a field.");
        }

        if (IsUdf(condition))
        {
            udfConditions++;
            return;
        }

        var spec = entity.Field(field) ?? throw AutotaskWireException.Invalid($"Unable to find {field} in the {entity.Name} entity.");
        if (op.Equals("exist", StringComparison.OrdinalIgnoreCase) || op.Equals("notExist", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var value = condition["value"];
        if (value is null)
        {
            throw AutotaskWireException.Invalid($"The '{op}' condition on {field} needs a value.");
        }

        if (op.Equals("in", StringComparison.OrdinalIgnoreCase) || op.Equals("notIn", StringComparison.OrdinalIgnoreCase))
        {
            if (value is not JsonArray)
            {
                throw AutotaskWireException.Invalid($"The '{op}' condition on {field} needs an array value.");
            }

            return;
        }

        if (spec.DataType == "boolean" && value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw AutotaskWireException.Invalid($"The value for {field} must be true or false.");
        }
    }

    private static bool Evaluate(AutotaskEntitySpec entity, JsonObject row, JsonObject condition)
    {
        var op = condition["op"]!.GetValue<string>().ToUpperInvariant();
        if (op is "AND")
        {
            return ((JsonArray)condition["items"]!).All(item => Evaluate(entity, row, (JsonObject)item!));
        }

        if (op is "OR")
        {
            return ((JsonArray)condition["items"]!).Any(item => Evaluate(entity, row, (JsonObject)item!));
        }

        var field = condition["field"]!.GetValue<string>();
        var actual = IsUdf(condition) ? UdfValue(row, field) : row[field];
        var expected = condition["value"];
        var dataType = IsUdf(condition) ? "string" : entity.Field(field)!.DataType;
        return op switch
        {
            "EXIST" => actual is not null,
            "NOTEXIST" => actual is null,
            "EQ" => actual is not null && Compare(actual, expected!, dataType) == 0,
            "NOTEQ" => actual is null || Compare(actual, expected!, dataType) != 0,
            "GT" => actual is not null && Compare(actual, expected!, dataType) > 0,
            "GTE" => actual is not null && Compare(actual, expected!, dataType) >= 0,
            "LT" => actual is not null && Compare(actual, expected!, dataType) < 0,
            "LTE" => actual is not null && Compare(actual, expected!, dataType) <= 0,
            "BEGINSWITH" => Text(actual).StartsWith(Text(expected), StringComparison.OrdinalIgnoreCase) && actual is not null,
            "ENDSWITH" => Text(actual).EndsWith(Text(expected), StringComparison.OrdinalIgnoreCase) && actual is not null,
            "CONTAINS" => Text(actual).Contains(Text(expected), StringComparison.OrdinalIgnoreCase) && actual is not null,
            "IN" => actual is not null && ((JsonArray)expected!).Any(item => item is not null && Compare(actual, item, dataType) == 0),
            "NOTIN" => actual is null || !((JsonArray)expected!).Any(item => item is not null && Compare(actual, item, dataType) == 0),
            _ => false,
        };
    }

    private static bool IsGroup(string op) => op.Equals("and", StringComparison.OrdinalIgnoreCase) || op.Equals("or", StringComparison.OrdinalIgnoreCase);

    private static bool IsUdf(JsonObject condition) => condition["udf"]?.GetValueKind() == JsonValueKind.True;

    private static JsonNode? UdfValue(JsonObject row, string name) =>
        (row["userDefinedFields"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(udf => string.Equals(udf["name"]?.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase))?["value"];

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static int Compare(JsonNode actual, JsonNode expected, string dataType)
    {
        switch (dataType)
        {
            case "long" or "integer" or "decimal" or "double":
                return ToDecimal(actual).CompareTo(ToDecimal(expected));
            case "datetime":
                return ToDate(actual).CompareTo(ToDate(expected));
            case "boolean":
                if (expected.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw AutotaskWireException.Invalid("A boolean condition needs true or false.");
                }

                return (actual.GetValueKind() == JsonValueKind.True).CompareTo(expected.GetValueKind() == JsonValueKind.True);
            default:
                return string.Compare(Text(actual), Text(expected), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static decimal ToDecimal(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Number => AutotaskState.Number(node),
        JsonValueKind.String when decimal.TryParse(node.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw AutotaskWireException.Invalid($"'{Text(node)}' is not a valid number."),
    };

    private static DateTimeOffset ToDate(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String
        && DateTimeOffset.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : throw AutotaskWireException.Invalid($"'{Text(node)}' is not a valid date.");
}
