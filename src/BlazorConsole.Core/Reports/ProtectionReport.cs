namespace BlazorConsole.Core.Reports;

/// <summary>A generated protection report: a CSV file in the data folder, kept until <see cref="Expires"/>.</summary>
public sealed class ProtectionReport
{
    public Guid Id { get; set; }

    /// <summary>The tenant the report is about; null for a report of every VM.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>The tenant's name when the report was made (used in the download's file name).</summary>
    public string? TenantName { get; set; }

    public DateTime From { get; set; }

    public DateTime To { get; set; }

    public DateTime Created { get; set; }

    public DateTime Expires { get; set; }

    public long SizeBytes { get; set; }

    public long Rows { get; set; }

    /// <summary>The CreateTenantReport task that made it.</summary>
    public Guid TaskId { get; set; }
}
