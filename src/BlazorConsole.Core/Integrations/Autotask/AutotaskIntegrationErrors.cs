using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The stable codes of the integration's own rules (mapping, limit, usage); this product's decisions.</summary>
public static class AutotaskIntegrationErrors
{
    public const string IntegrationNotFoundCode = "ATK_IntegrationNotFound";
    public const string PermissionsMissingCode = "ATK_PermissionsMissing";
    public const string NotValidatedCode = "ATK_NotValidated";
    public const string TenantNotFoundCode = "ATK_TenantNotFound";
    public const string TenantAlreadyMappedCode = "ATK_TenantAlreadyMapped";
    public const string CompanyAlreadyMappedCode = "ATK_CompanyAlreadyMapped";
    public const string CompanyNotMappableCode = "ATK_CompanyNotMappable";
    public const string MappingLimitReachedCode = "ATK_ManagedAccountsLimitReached";
    public const string LimitBelowMappedCode = "ATK_LimitBelowMapped";
    public const string MappingNotFoundCode = "ATK_MappingNotFound";
    public const string NoBillingServiceCode = "ATK_NoBillingService";
    public const string FutureMonthCode = "ATK_FutureMonth";

    public static Error IntegrationNotFound() => Error.NotFound(IntegrationNotFoundCode, "The integration does not exist (it may have been deleted).");

    public static Error PermissionsMissing(IReadOnlyList<AutotaskPermissionLine> missing) => Error.Validation(
        PermissionsMissingCode,
        $"The API user lacks {missing.Count} of the rights the integration needs ({string.Join(", ", missing.Select(line => line.Description))}). Change its security level as the report says, or save a draft.");

    public static Error NotValidated() => Error.Conflict(
        NotValidatedCode,
        "The integration is a draft: enter working credentials and validate them before it talks to Autotask.");

    public static Error TenantNotFound() => Error.NotFound(TenantNotFoundCode, "The tenant does not exist (it may have been deleted).");

    public static Error TenantAlreadyMapped(string tenantName) => Error.Conflict(
        TenantAlreadyMappedCode,
        $"Tenant '{tenantName}' is already mapped to a company. Remove that mapping first.");

    public static Error CompanyAlreadyMapped(string companyName) => Error.Conflict(
        CompanyAlreadyMappedCode,
        $"Company '{companyName}' is already mapped to another tenant. Each company maps to one tenant only.");

    public static Error CompanyNotMappable(string reason) => Error.Validation(CompanyNotMappableCode, reason);

    public static Error MappingLimitReached(int limit) => Error.Conflict(
        MappingLimitReachedCode,
        $"The integration already maps {limit} tenants, its managed-accounts limit. Raise the limit in the integration's settings or remove a mapping first.");

    public static Error LimitBelowMapped(int mapped) => Error.Validation(
        LimitBelowMappedCode,
        $"{mapped} tenants are mapped; the managed-accounts limit cannot be lower. Remove mappings first.");

    public static Error MappingNotFound() => Error.NotFound(MappingNotFoundCode, "The tenant is not mapped.");

    public static Error NoBillingService() => Error.Validation(
        NoBillingServiceCode,
        "Set the Autotask service billed per protected VM in the usage settings first.");

    public static Error FutureMonth(UsageMonth month) => Error.Validation(
        FutureMonthCode,
        $"{month.Title} has not started yet.");
}
