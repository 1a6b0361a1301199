namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Compares a mapping with the company as Autotask has it now.</summary>
public static class CompanyMappingStatuses
{
    /// <param name="current">The company now; null when Autotask no longer has it.</param>
    public static CompanyMappingStatus Evaluate(CompanyMapping mapping, AutotaskCompany? current)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (current is null)
        {
            return CompanyMappingStatus.Deleted;
        }

        if (!current.IsActive)
        {
            return CompanyMappingStatus.Deactivated;
        }

        return string.Equals(current.CompanyName, mapping.CompanyName, StringComparison.Ordinal)
            ? CompanyMappingStatus.Ok
            : CompanyMappingStatus.Renamed;
    }

    /// <summary>The warning shown for a status; empty when all is well.</summary>
    public static string Warning(CompanyMappingStatus status, CompanyMapping mapping, AutotaskCompany? current) => status switch
    {
        CompanyMappingStatus.Renamed => $"Renamed in Autotask from '{mapping.CompanyName}' to '{current?.CompanyName}'. Check that it is still this tenant's company.",
        CompanyMappingStatus.Deactivated => "Deactivated in Autotask: usage is not pushed to it. Reactivate it or map the tenant to another company.",
        CompanyMappingStatus.Deleted => "Deleted in Autotask: usage cannot be pushed. Remove this mapping or map the tenant to another company.",
        CompanyMappingStatus.Unknown => "Autotask could not be asked about this company.",
        _ => string.Empty,
    };
}
