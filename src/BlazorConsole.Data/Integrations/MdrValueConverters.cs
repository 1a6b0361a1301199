using System.Text.Json;
using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BlazorConsole.Data.Integrations;

/// <summary>
/// How the MDR rows store what the providers lack a common type for: times as UTC ticks (SQLite cannot compare
/// <see cref="DateTimeOffset"/>; the same column type on PostgreSQL keeps one model), and the tenant scope and the
/// ticketing rules as JSON text.
/// </summary>
internal static class MdrValueConverters
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<DateTimeOffset, long> Time = new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public static readonly ValueConverter<DateTimeOffset?, long?> OptionalTime = new(
        v => v.HasValue ? v.Value.UtcTicks : null,
        v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);

    public static readonly ValueConverter<IReadOnlyList<string>?, string?> Names = new(
        v => v == null ? null : JsonSerializer.Serialize(v, Json),
        v => v == null ? null : JsonSerializer.Deserialize<List<string>>(v, Json));

    public static readonly ValueComparer<IReadOnlyList<string>?> NamesComparer = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        v => v == null ? 0 : v.Aggregate(17, (hash, name) => HashCode.Combine(hash, name.GetHashCode(StringComparison.Ordinal))),
        v => v == null ? null : v.ToList());

    public static readonly ValueConverter<MdrTicketingSettings, string> Ticketing = new(
        v => JsonSerializer.Serialize(v, Json),
        v => JsonSerializer.Deserialize<MdrTicketingSettings>(v, Json) ?? MdrTicketingSettings.Default);

    public static readonly ValueComparer<MdrTicketingSettings> TicketingComparer = new(
        (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
        v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<MdrTicketingSettings>(JsonSerializer.Serialize(v, Json), Json)!);
}
