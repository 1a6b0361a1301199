namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// Pairs unmapped tenants with unmapped, active Autotask companies by name: the best-scoring pairs first, each tenant and
/// each company at most once, never touching a tenant or company that is mapped already.
/// </summary>
public static class CompanySuggestions
{
    /// <summary>The suggestions, at most one per tenant, best first.</summary>
    public static IReadOnlyList<CompanySuggestion> Suggest(
        IEnumerable<(Guid Id, string Name)> tenants,
        IEnumerable<AutotaskCompany> companies,
        IReadOnlyCollection<CompanyMapping> existing)
    {
        var mappedTenants = existing.Select(m => m.TenantId).ToHashSet();
        var mappedCompanies = existing.Select(m => m.CompanyId).ToHashSet();
        var freeCompanies = companies.Where(c => IsMappable(c) && !mappedCompanies.Contains(c.Id)).ToList();
        var candidates = tenants
            .Where(t => !mappedTenants.Contains(t.Id))
            .SelectMany(t => freeCompanies.Select(c => (Tenant: t.Id, Company: c, Score: CompanyMatch.Score(t.Name, c.CompanyName))))
            .Where(candidate => candidate.Score >= CompanyMatch.SuggestionThreshold)
            .ToList();
        var sameScore = candidates.GroupBy(c => (c.Tenant, c.Score)).ToDictionary(g => g.Key, g => g.Count() - 1);

        var takenTenants = new HashSet<Guid>();
        var takenCompanies = new HashSet<long>();
        var suggestions = new List<CompanySuggestion>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Company.Id))
        {
            if (takenTenants.Contains(candidate.Tenant) || takenCompanies.Contains(candidate.Company.Id))
            {
                continue;
            }

            takenTenants.Add(candidate.Tenant);
            takenCompanies.Add(candidate.Company.Id);
            suggestions.Add(new CompanySuggestion(candidate.Tenant, candidate.Company.Id, candidate.Company.CompanyName, candidate.Score, sameScore[(candidate.Tenant, candidate.Score)]));
        }

        return suggestions;
    }

    /// <summary>Active companies other than the MSP's own (id 0) can be mapped.</summary>
    public static bool IsMappable(AutotaskCompany company) => company.IsActive && company.Id != 0;
}
