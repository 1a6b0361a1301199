using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlazorConsole.Clients.Mdr.Wire;

/// <summary>JSON settings of the MDR wire: snake_case both ways (names read case-insensitively), no nulls sent.</summary>
internal static class MdrWireJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
