using System.Globalization;

namespace BlazorConsole.Core.Common;

/// <summary>The API's date format: <c>YYYY-MM-DDThh:mm:ss</c>, UTC, no offset.</summary>
public static class WireTime
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    public static string ToWire(this DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Formats into a span without allocating (used by the report writer).</summary>
    public static bool TryFormat(DateTime utc, Span<char> destination, out int written) =>
        utc.TryFormat(destination, out written, Format, CultureInfo.InvariantCulture);

    /// <summary>Parses <c>YYYY-MM-DDThh:mm:ss</c> (a trailing <c>Z</c> is tolerated) as UTC.</summary>
    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // spans, not Trim()/[..^1] substrings: no allocation per value on the ingestion path
        var trimmed = text.AsSpan().Trim();
        if (trimmed.EndsWith('Z'))
        {
            trimmed = trimmed[..^1];
        }

        if (!DateTime.TryParseExact(trimmed, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        utc = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Drops sub-second precision so that what is stored is what the wire shows.</summary>
    public static DateTime TruncateToSeconds(this DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
