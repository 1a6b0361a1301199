using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlazorConsole.Clients.Autotask.Wire;

/// <summary>JSON settings of the Autotask wire: camelCase out, case-insensitive in, no nulls sent (Autotask refuses them).</summary>
internal static class AutotaskWireJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
