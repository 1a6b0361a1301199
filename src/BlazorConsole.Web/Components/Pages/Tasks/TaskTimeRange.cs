namespace BlazorConsole.Web.Components.Pages.Tasks;

/// <summary>The task centre's time filter (<c>?range=1h|24h|7d|30d</c>): tasks created within the last period.</summary>
public static class TaskTimeRange
{
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        ("1h", "Last hour"),
        ("24h", "Last 24 hours"),
        ("7d", "Last 7 days"),
        ("30d", "Last 30 days"),
    ];

    /// <summary>The range's length; null for any time or an unknown key.</summary>
    public static TimeSpan? Length(string? key) => key switch
    {
        "1h" => TimeSpan.FromHours(1),
        "24h" => TimeSpan.FromHours(24),
        "7d" => TimeSpan.FromDays(7),
        "30d" => TimeSpan.FromDays(30),
        _ => null,
    };
}
