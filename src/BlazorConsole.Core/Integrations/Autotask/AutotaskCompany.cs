namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>An Autotask company (account). Id 0 is the MSP's own company.</summary>
/// <param name="CompanyType">Picklist id: 1 Customer, 3 Prospect, 7 Vendor, others per tenant.</param>
/// <param name="UserDefinedFields">User-defined field values by name.</param>
public sealed record AutotaskCompany(
    long Id,
    string CompanyName,
    string? CompanyNumber,
    int? CompanyType,
    bool IsActive,
    long? ParentCompanyId,
    string? Phone,
    string? WebAddress,
    DateTimeOffset? LastActivityDate,
    IReadOnlyDictionary<string, string?> UserDefinedFields);
