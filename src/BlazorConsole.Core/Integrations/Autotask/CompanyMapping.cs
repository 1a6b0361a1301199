namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// One tenant mapped to one Autotask company within one integration: one-to-one both ways (unique indexes). The
/// company's name and state as mapped are kept so that a later rename, deactivation or deletion shows as a warning.
/// </summary>
public sealed class CompanyMapping
{
    public const int CompanyNameMaxLength = 256;

    public Guid Id { get; set; }

    public Guid IntegrationId { get; set; }

    public Guid TenantId { get; set; }

    public long CompanyId { get; set; }

    /// <summary>The company's name when it was mapped.</summary>
    public required string CompanyName { get; set; }

    /// <summary>The suggestion's confidence (0–1) when the mapping came from one; null when chosen by hand.</summary>
    public double? Confidence { get; set; }

    public required string MappedBy { get; set; }

    public DateTime Mapped { get; set; }
}
