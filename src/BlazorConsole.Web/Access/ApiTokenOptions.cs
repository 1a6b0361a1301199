using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Access;

/// <summary>API connections and their access tokens (<c>Access:ApiTokens</c>).</summary>
public sealed class ApiTokenOptions
{
    public const string SectionName = "Access:ApiTokens";

    /// <summary>How long an access token is valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a new signing key is made; the previous one is accepted until its tokens expired.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "365.00:00:00")]
    public TimeSpan KeyRotation { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A connection unused for this long stops working.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Token requests one client address may make per minute before 429.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 20;
}
