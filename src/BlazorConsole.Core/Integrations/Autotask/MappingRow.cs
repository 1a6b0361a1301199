namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>One tenant on the mapping page: its mapping with the company's status now, or a suggestion.</summary>
public sealed record MappingRow(
    Guid TenantId,
    string TenantName,
    CompanyMapping? Mapping,
    CompanyMappingStatus? Status,
    string? CurrentCompanyName,
    string Warning,
    CompanySuggestion? Suggestion);
