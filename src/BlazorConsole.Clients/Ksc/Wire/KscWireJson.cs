using System.Globalization;
using System.Text.Json.Nodes;

namespace BlazorConsole.Clients.Ksc.Wire;

/// <summary>
/// Reads KSC Open API JSON values in both forms KSC uses: plain values, and typed values wrapped as
/// <c>{"type":"params|long|int|datetime|binary|date","value":…}</c>; writes wrapped values for containers.
/// </summary>
internal static class KscWireJson
{
    public static JsonNode? Unwrap(JsonNode? node) =>
        node is JsonObject wrapped && wrapped.Count == 2 && wrapped["type"] is JsonValue && wrapped.ContainsKey("value")
            ? wrapped["value"]
            : node;

    public static JsonObject Wrap(string type, JsonNode? value) => new() { ["type"] = type, ["value"] = value };

    public static JsonObject WrapParams(JsonObject value) => Wrap("params", value);

    public static JsonObject WrapLong(long value) => Wrap("long", value);

    public static long? AsLong(JsonNode? node)
    {
        if (Unwrap(node) is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var number))
        {
            return number;
        }

        if (value.TryGetValue<double>(out var real) && real == Math.Floor(real) && Math.Abs(real) < long.MaxValue)
        {
            return (long)real;
        }

        return value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    public static string? AsString(JsonNode? node) =>
        Unwrap(node) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? AsBool(JsonNode? node) =>
        Unwrap(node) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static JsonObject? AsParams(JsonNode? node) => Unwrap(node) as JsonObject;

    public static JsonArray? AsArray(JsonNode? node) => Unwrap(node) as JsonArray;

    /// <summary>A binary value (wrapped <c>binary</c>, or a plain base64 string); null when it is neither.</summary>
    public static byte[]? AsBinary(JsonNode? node)
    {
        var text = AsString(node);
        if (text is null)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
