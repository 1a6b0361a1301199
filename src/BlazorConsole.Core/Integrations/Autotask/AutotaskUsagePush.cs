namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// The record of pushing one tenant's units for one month to its contract service: one row per (integration, tenant,
/// month), so a month is pushed once. A failed push keeps its row and is retried; a sent one is never sent again.
/// </summary>
public sealed class AutotaskUsagePush
{
    public const int MessageMaxLength = 1024;
    public const int CodeMaxLength = 64;

    public long Id { get; set; }

    public Guid IntegrationId { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>First day of the month billed, UTC.</summary>
    public DateTime Month { get; set; }

    public long CompanyId { get; set; }

    public long ContractId { get; set; }

    public long ContractServiceId { get; set; }

    /// <summary>The units computed and set on the contract service.</summary>
    public int Units { get; set; }

    /// <summary>The units Autotask had before; null until the push completed.</summary>
    public int? PreviousUnits { get; set; }

    /// <summary>True when an adjustment was sent (false when Autotask already had <see cref="Units"/>).</summary>
    public bool Adjusted { get; set; }

    /// <summary>The protected VMs behind <see cref="Units"/>.</summary>
    public int VmCount { get; set; }

    public AutotaskUsagePushState State { get; set; }

    /// <summary>The error code of the last failure.</summary>
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public int Attempts { get; set; }

    public required string PushedBy { get; set; }

    public DateTime Created { get; set; }

    public DateTime? Completed { get; set; }
}
