using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Access;

/// <summary>How many sign-in form posts (password or two-step code) one client address may send per window.</summary>
public sealed class SignInRateLimitOptions
{
    public const string SectionName = "Access:SignInRateLimit";

    [Range(1, 10_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
