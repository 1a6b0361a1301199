namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>One mapped tenant in a dry run: the units computed, the contract service and its quantity in Autotask now.</summary>
/// <param name="ContractServiceId">The contract service of the billing service on the company's contract; null when none.</param>
/// <param name="CurrentUnits">The units on that contract service for the month now; null when unknown.</param>
/// <param name="Problem">Why the line cannot be pushed (no contract service, Autotask error…); null when it can.</param>
/// <param name="Push">What was pushed for the month already, if anything.</param>
public sealed record UsageLine(
    Guid TenantId,
    string TenantName,
    long CompanyId,
    string CompanyName,
    TenantUsage Usage,
    long? ContractId,
    long? ContractServiceId,
    int? CurrentUnits,
    string? Problem,
    AutotaskUsagePush? Push)
{
    public int Units => Usage.Units;

    /// <summary>What a push would change: computed units minus the units Autotask has; null when unknown.</summary>
    public int? Difference => CurrentUnits is { } current ? Units - current : null;

    public bool IsSent => Push?.State == AutotaskUsagePushState.Sent;

    public bool CanPush => Problem is null && ContractServiceId is not null && !IsSent;
}
