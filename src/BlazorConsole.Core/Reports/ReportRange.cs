namespace BlazorConsole.Core.Reports;

/// <summary>The reporting range [<see cref="From"/>, <see cref="To"/>), UTC, whole seconds.</summary>
public readonly record struct ReportRange(DateTime From, DateTime To)
{
    /// <summary>
    /// Without <paramref name="to"/>, now; without <paramref name="from"/>, the earliest stored start (or
    /// <c>to</c> when nothing is stored, an empty report). The result never has From after To.
    /// </summary>
    public static ReportRange Resolve(DateTime? from, DateTime? to, DateTime? earliestStart, DateTime now)
    {
        var end = Seconds(to ?? now);
        var start = Seconds(from ?? earliestStart ?? end);
        return new ReportRange(start > end ? end : start, end);
    }

    /// <summary>True when a period overlaps the range: it starts before To and is open or ends after From.</summary>
    public bool Overlaps(DateTime start, DateTime? end) => start < To && (end is null || end > From);

    /// <summary>The part of a period inside the range; an open period ends at To.</summary>
    public (DateTime Start, DateTime End) Clip(DateTime start, DateTime? end)
    {
        var clippedEnd = end is { } e && e < To ? e : To;
        return (start > From ? start : From, clippedEnd);
    }

    private static DateTime Seconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
