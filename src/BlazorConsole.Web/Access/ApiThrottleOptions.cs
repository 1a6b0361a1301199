using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Access;

/// <summary>
/// The <c>Access:ApiThrottle</c> section: how many failed HTTP Basic attempts one client address may make within
/// <see cref="Window"/> before the API answers 429 without checking any password.
/// </summary>
public sealed class ApiThrottleOptions
{
    public const string SectionName = "Access:ApiThrottle";

    [Range(1, 100_000)]
    public int MaxFailures { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
