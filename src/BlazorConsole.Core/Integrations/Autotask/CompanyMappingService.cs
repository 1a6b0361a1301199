using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// Maps tenants to Autotask companies: one-to-one both ways, never more than the integration's managed-accounts limit,
/// suggestions by name that never replace a mapping, and the status of each mapped company in Autotask now. The board
/// lists every tenant, so it needs a principal covering all tenants; mapping and unmapping need an Administrator
/// covering all tenants (<see cref="AccessScope.CanAdminister"/>).
/// </summary>
public sealed class CompanyMappingService(
    AutotaskIntegrationService integrations,
    ICompanyMappingStore store,
    ITenantStore tenants,
    TimeProvider time,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>Tenants with their mappings and suggestions; reads the companies from Autotask.</summary>
    public async Task<Result<MappingBoard>> GetBoardAsync(Guid integrationId, MappingFilter filter, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanReadAllTenants)
        {
            return AccessScopeErrors.AllTenantsRequired;
        }

        var connected = await integrations.ConnectAsync(integrationId, cancellationToken);
        if (!connected.IsSuccess)
        {
            return connected.Error;
        }

        var (integration, client) = connected.Value;
        var companies = await client.QueryCompaniesAsync([AutotaskFilter.All()], cancellationToken);
        if (!companies.IsSuccess)
        {
            return companies.Error;
        }

        var mapped = await store.ListAsync(integrationId, cancellationToken);
        var allTenants = new List<(Guid Id, string Name)>();
        await foreach (var tenant in tenants.StreamAllAsync(cancellationToken))
        {
            allTenants.Add((tenant.Id, tenant.Name));
        }

        var byId = companies.Value.ToDictionary(c => c.Id);
        var byTenant = mapped.ToDictionary(m => m.TenantId);
        var suggestions = CompanySuggestions.Suggest(allTenants, companies.Value, mapped).ToDictionary(s => s.TenantId);
        var rows = allTenants
            .Where(t => filter switch
            {
                MappingFilter.Mapped => byTenant.ContainsKey(t.Id),
                MappingFilter.Unmapped => !byTenant.ContainsKey(t.Id),
                _ => true,
            })
            .Select(t =>
            {
                if (byTenant.TryGetValue(t.Id, out var mapping))
                {
                    var current = byId.GetValueOrDefault(mapping.CompanyId);
                    var status = CompanyMappingStatuses.Evaluate(mapping, current);
                    return new MappingRow(t.Id, t.Name, mapping, status, current?.CompanyName, CompanyMappingStatuses.Warning(status, mapping, current), null);
                }

                return new MappingRow(t.Id, t.Name, null, null, null, string.Empty, suggestions.GetValueOrDefault(t.Id));
            })
            .ToList();
        var mappedCompanies = mapped.Select(m => m.CompanyId).ToHashSet();
        var free = companies.Value
            .Where(c => CompanySuggestions.IsMappable(c) && !mappedCompanies.Contains(c.Id))
            .OrderBy(c => c.CompanyName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new MappingBoard(AutotaskIntegrationView.From(integration, mapped.Count), rows, free, mapped.Count, allTenants.Count);
    }

    /// <summary>
    /// Maps a tenant to a company. Refused when the tenant or company is mapped already (never overwritten), when the
    /// company is inactive, the MSP's own or unknown to Autotask, or when the limit is reached.
    /// </summary>
    /// <param name="confidence">The suggestion's confidence when the administrator accepted one.</param>
    public async Task<Result<CompanyMapping>> MapAsync(Guid integrationId, Guid tenantId, long companyId, double? confidence, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var connected = await integrations.ConnectAsync(integrationId, cancellationToken);
        if (!connected.IsSuccess)
        {
            return connected.Error;
        }

        var (integration, client) = connected.Value;
        var tenant = await tenants.GetAsync(tenantId, cancellationToken);
        if (tenant is null)
        {
            return AutotaskIntegrationErrors.TenantNotFound();
        }

        var existing = await store.ListAsync(integrationId, cancellationToken);
        if (existing.Any(m => m.TenantId == tenantId))
        {
            return AutotaskIntegrationErrors.TenantAlreadyMapped(tenant.Name);
        }

        if (existing.FirstOrDefault(m => m.CompanyId == companyId) is { } taken)
        {
            return AutotaskIntegrationErrors.CompanyAlreadyMapped(taken.CompanyName);
        }

        if (existing.Count >= integration.ManagedAccountsLimit)
        {
            return AutotaskIntegrationErrors.MappingLimitReached(integration.ManagedAccountsLimit);
        }

        var company = await client.GetCompanyAsync(companyId, cancellationToken);
        if (!company.IsSuccess)
        {
            return company.Error.Code == AutotaskErrors.NotFoundCode
                ? AutotaskIntegrationErrors.CompanyNotMappable($"Autotask has no company with ID {companyId}.")
                : company.Error;
        }

        if (!CompanySuggestions.IsMappable(company.Value))
        {
            return AutotaskIntegrationErrors.CompanyNotMappable(company.Value.Id == 0
                ? "The MSP's own company cannot be mapped to a tenant."
                : $"Company '{company.Value.CompanyName}' is inactive in Autotask.");
        }

        var mapping = new CompanyMapping
        {
            Id = Guid.NewGuid(),
            IntegrationId = integrationId,
            TenantId = tenantId,
            CompanyId = companyId,
            CompanyName = company.Value.CompanyName,
            Confidence = confidence is { } c ? Math.Clamp(c, 0, 1) : null,
            MappedBy = actor,
            Mapped = time.GetUtcNow().UtcDateTime,
        };
        var added = await store.AddAsync(mapping, integration.ManagedAccountsLimit, cancellationToken);
        return added.IsSuccess ? mapping : added.Error!;
    }

    /// <summary>Removes a tenant's mapping (its push records stay).</summary>
    public async Task<Result> UnmapAsync(Guid integrationId, Guid tenantId, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        return await store.DeleteAsync(integrationId, tenantId, cancellationToken) ? Result.Success() : AutotaskIntegrationErrors.MappingNotFound();
    }
}
