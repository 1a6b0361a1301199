namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>An integration as pages show it: no secret, only whether one is set.</summary>
public sealed record AutotaskIntegrationView(
    Guid Id,
    string Name,
    string UserName,
    bool SecretSet,
    bool IntegrationCodeSet,
    AutotaskIntegrationStatus Status,
    string? ZoneName,
    DateTime? ValidatedAt,
    int ManagedAccountsLimit,
    int MappedCount,
    AutotaskUsageSettings Settings,
    string UpdatedBy,
    DateTime Updated)
{
    public static AutotaskIntegrationView From(AutotaskIntegration integration, int mappedCount) => new(
        integration.Id,
        integration.Name,
        integration.UserName,
        integration.ProtectedSecret is not null,
        integration.ProtectedIntegrationCode is not null,
        integration.Status,
        integration.ZoneName,
        integration.ValidatedAt,
        integration.ManagedAccountsLimit,
        mappedCount,
        AutotaskUsageSettings.From(integration),
        integration.UpdatedBy,
        integration.Updated);
}
