using System.Globalization;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A calendar month in UTC, the unit of billing.</summary>
public readonly record struct UsageMonth
{
    public UsageMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>First instant of the month, UTC.</summary>
    public DateTime Start => new(Year, Month, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>First instant of the next month, UTC.</summary>
    public DateTime End => Start.AddMonths(1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>The month containing <paramref name="instant"/> (UTC).</summary>
    public static UsageMonth Of(DateTimeOffset instant) => new(instant.UtcDateTime.Year, instant.UtcDateTime.Month);

    public static UsageMonth FromStart(DateTime start) => new(start.Year, start.Month);

    public UsageMonth Previous() => FromStart(Start.AddMonths(-1));

    public UsageMonth Next() => FromStart(End);

    /// <summary>Reads <c>yyyy-MM</c>.</summary>
    public static bool TryParse(string? text, out UsageMonth month)
    {
        month = default;
        if (DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 2000 && parsed.Year <= 9998)
        {
            month = new UsageMonth(parsed.Year, parsed.Month);
            return true;
        }

        return false;
    }

    /// <summary><c>yyyy-MM</c>.</summary>
    public override string ToString() => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>e.g. <c>November 2026</c>.</summary>
    public string Title => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
