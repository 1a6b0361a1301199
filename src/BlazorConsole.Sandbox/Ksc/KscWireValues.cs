using System.Globalization;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// Reads and writes KSC Open API JSON values: plain values, and typed values wrapped as
/// <c>{"type":"params|long|datetime|binary|date","value":…}</c> (both forms are read everywhere).
/// </summary>
internal static class KscWireValues
{
    public static JsonNode? Unwrap(JsonNode? node) =>
        node is JsonObject wrapped && wrapped.Count == 2 && wrapped["type"] is JsonValue && wrapped.ContainsKey("value")
            ? wrapped["value"]
            : node;

    public static JsonObject Wrap(string type, JsonNode? value) => new() { ["type"] = type, ["value"] = value };

    public static JsonObject WrapParams(JsonObject value) => Wrap("params", value);

    public static JsonObject WrapLong(long value) => Wrap("long", value);

    public static JsonObject WrapDateTime(DateTimeOffset value) =>
        Wrap("datetime", value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public static JsonObject WrapBinary(byte[] value) => Wrap("binary", Convert.ToBase64String(value));

    public static long RequireLong(JsonObject args, string name) =>
        GetLong(args, name) ?? throw KscPxgException.BadArgument($"Parameter '{name}' is missing or not a number");

    public static long? GetLong(JsonObject args, string name)
    {
        var value = Unwrap(args[name]) as JsonValue;
        if (value is null)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var number))
        {
            return number;
        }

        if (value.TryGetValue<double>(out var real) && real == Math.Floor(real))
        {
            return (long)real;
        }

        return value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw KscPxgException.BadArgument($"Parameter '{name}' is not a number");
    }

    public static string RequireString(JsonObject args, string name)
    {
        var value = GetString(args, name);
        return string.IsNullOrEmpty(value) ? throw KscPxgException.BadArgument($"Parameter '{name}' is missing or empty") : value;
    }

    public static string? GetString(JsonObject args, string name) =>
        Unwrap(args[name]) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? GetBool(JsonObject args, string name) =>
        Unwrap(args[name]) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static JsonObject RequireParams(JsonObject args, string name) =>
        Unwrap(args[name]) as JsonObject ?? throw KscPxgException.BadArgument($"Parameter '{name}' is missing or not params");

    public static byte[] RequireBinary(JsonObject args, string name)
    {
        var text = Unwrap(args[name]) is JsonValue value && value.TryGetValue<string>(out var encoded) ? encoded : null;
        if (text is null)
        {
            throw KscPxgException.BadArgument($"Parameter '{name}' is missing or not binary");
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw KscPxgException.BadArgument($"Parameter '{name}' is not base64");
        }
    }

    public static string? AsString(JsonNode? node) =>
        Unwrap(node) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static JsonArray? GetArray(JsonObject args, string name) => Unwrap(args[name]) as JsonArray;
}
