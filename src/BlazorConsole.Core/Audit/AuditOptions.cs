using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Core.Audit;

/// <summary>Audit log settings (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Entries older than this many days are removed (a retention checkpoint keeps the chain verifiable).</summary>
    [Range(1, 36500)]
    public int RetentionDays { get; set; } = 400;
}
