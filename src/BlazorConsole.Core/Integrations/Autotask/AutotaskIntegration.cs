namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// A saved integration with one Autotask database through one API-only user. The secret and the integration code are
/// stored only encrypted (<see cref="Common.ISecretProtector"/>); the managed-accounts limit caps the mapped companies;
/// the usage settings say how protection periods become billable units.
/// </summary>
public sealed class AutotaskIntegration
{
    public const int NameMaxLength = 128;
    public const string DefaultName = "Integration with Autotask";
    public const int ZoneNameMaxLength = 128;
    public const int ActorMaxLength = 256;
    public const int MaxManagedAccounts = 100_000;
    public const int DefaultManagedAccountsLimit = 10;
    public const int DefaultMinimumDays = 15;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The API user's user name (it also selects the zone).</summary>
    public required string UserName { get; set; }

    /// <summary>The API user's secret, encrypted; null while a draft has none.</summary>
    public string? ProtectedSecret { get; set; }

    /// <summary>The API tracking identifier, encrypted; null while a draft has none.</summary>
    public string? ProtectedIntegrationCode { get; set; }

    public AutotaskIntegrationStatus Status { get; set; }

    /// <summary>The zone found at the last successful validation.</summary>
    public string? ZoneName { get; set; }

    /// <summary>When the credentials and permissions last passed validation, UTC.</summary>
    public DateTime? ValidatedAt { get; set; }

    /// <summary>Most tenants that may be mapped to Autotask companies (the MSP's managed accounts).</summary>
    public int ManagedAccountsLimit { get; set; } = DefaultManagedAccountsLimit;

    public AutotaskUsageRule UsageRule { get; set; } = AutotaskUsageRule.ProtectedAnyDay;

    /// <summary>Days a VM must be protected in the month under <see cref="AutotaskUsageRule.ProtectedMinimumDays"/>.</summary>
    public int MinimumDays { get; set; } = DefaultMinimumDays;

    /// <summary>The Autotask service (Services id) billed per protected VM; usage is pushed to the contract services of it.</summary>
    public long? BillingServiceId { get; set; }

    /// <summary>When true, a worker pushes last month's usage at the start of each month.</summary>
    public bool MonthlyPush { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime Created { get; set; }

    public DateTime Updated { get; set; }
}
