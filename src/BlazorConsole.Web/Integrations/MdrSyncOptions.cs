using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Integrations;

/// <summary>How often the MDR connections are synchronised (configuration section <see cref="SectionName"/>).</summary>
public sealed class MdrSyncOptions
{
    public const string SectionName = "MdrSync";

    /// <summary>Seconds between two passes over every enabled MDR connection (default 60).</summary>
    [Range(10, 86_400, ErrorMessage = "MdrSync:PollSeconds must be between 10 and 86400.")]
    public int PollSeconds { get; set; } = 60;
}
