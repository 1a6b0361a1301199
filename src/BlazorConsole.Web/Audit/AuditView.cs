using System.Globalization;
using BlazorConsole.Core.Audit;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// The audit page's filters as they appear in the URL (<c>actor, action, target, channel, from, to</c> — dates
/// <c>yyyy-MM-dd</c> in UTC, <c>to</c> inclusive — and <c>page</c>), shared by the page and the CSV export so both
/// show the same entries. Unreadable values are ignored, never guessed.
/// </summary>
public sealed record AuditView(string? Actor, string? Action, string? Target, string? Channel, DateOnly? From, DateOnly? To, int Page)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static AuditView Parse(string? actor, string? action, string? target, string? channel, string? from, string? to, int? page) => new(
        Blank(actor),
        Blank(action),
        Blank(target),
        AuditChannels.All.FirstOrDefault(c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase)),
        Date(from),
        Date(to),
        Math.Max(1, page ?? 1));

    public bool Filtered => Actor is not null || Action is not null || Target is not null || Channel is not null || From is not null || To is not null;

    public AuditQuery ToQuery(int pageSize) => new()
    {
        Actor = Actor,
        Action = Action,
        Target = Target,
        Channel = Channel,
        From = From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        To = To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Skip = (Page - 1) * pageSize,
        Take = pageSize,
    };

    /// <summary>The query-string values of this view (null drops the key), page left out.</summary>
    public Dictionary<string, object?> ToParameters() => new()
    {
        ["actor"] = Actor,
        ["action"] = Action,
        ["target"] = Target,
        ["channel"] = Channel,
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
