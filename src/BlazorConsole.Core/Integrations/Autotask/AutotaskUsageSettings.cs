namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The settings of an integration other than its credentials: limit and usage.</summary>
public sealed class AutotaskUsageSettings
{
    public int? ManagedAccountsLimit { get; set; }

    public AutotaskUsageRule UsageRule { get; set; }

    public int? MinimumDays { get; set; }

    public long? BillingServiceId { get; set; }

    public bool MonthlyPush { get; set; }

    public static AutotaskUsageSettings From(AutotaskIntegration integration) => new()
    {
        ManagedAccountsLimit = integration.ManagedAccountsLimit,
        UsageRule = integration.UsageRule,
        MinimumDays = integration.MinimumDays,
        BillingServiceId = integration.BillingServiceId,
        MonthlyPush = integration.MonthlyPush,
    };

    public AutotaskUsageSettings Copy() => (AutotaskUsageSettings)MemberwiseClone();
}
