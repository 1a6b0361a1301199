using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Core.Protection;

/// <summary>The <c>Multitenancy</c> section, with the names and defaults of the Integration Server's appsettings.json.</summary>
public sealed class MultitenancyOptions
{
    public const string SectionName = "Multitenancy";

    /// <summary>Whether SVMs may send protection periods (off by default, as on the Integration Server).</summary>
    public bool EnableProtectionReports { get; set; }

    /// <summary>Protection periods that ended longer ago than this are purged.</summary>
    [Range(1, 36500)]
    public int ProtectionPeriodsRecordsLifetimeDays { get; set; } = 460;

    /// <summary>A generated report file is kept this long.</summary>
    [Range(1, 8760)]
    public int ReportLifetimeHours { get; set; } = 24;
}
