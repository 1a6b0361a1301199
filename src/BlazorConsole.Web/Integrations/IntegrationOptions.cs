using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Integrations;

/// <summary>How often the integrations' background work runs (configuration section <see cref="SectionName"/>).</summary>
public sealed class IntegrationOptions
{
    public const string SectionName = "Integrations";

    /// <summary>How often the monthly usage schedule looks for a month to push or a failed push to retry (default 1 h).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Integrations:UsageScheduleInterval must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan UsageScheduleInterval { get; set; } = TimeSpan.FromHours(1);
}
