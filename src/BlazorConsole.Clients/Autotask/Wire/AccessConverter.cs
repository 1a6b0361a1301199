using System.Text.Json;
using System.Text.Json.Serialization;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask.Wire;

/// <summary>Reads <c>userAccessFor…</c> as a number (0, 1, 2) or a name (None, All, Restricted); anything else is None.</summary>
internal sealed class AccessConverter : JsonConverter<AutotaskEntityAccess>
{
    public override AutotaskEntityAccess Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var number) && number is 1 or 2 => (AutotaskEntityAccess)number,
        JsonTokenType.String => reader.GetString()?.Trim().ToUpperInvariant() switch
        {
            "ALL" or "1" => AutotaskEntityAccess.All,
            "RESTRICTED" or "2" => AutotaskEntityAccess.Restricted,
            _ => AutotaskEntityAccess.None,
        },
        _ => AutotaskEntityAccess.None,
    };

    public override void Write(Utf8JsonWriter writer, AutotaskEntityAccess value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue((int)value);
    }
}
