using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// Usage to contracts: billable units per mapped tenant for a month from its protection periods (counted in the
/// database, the integration's rule applied here), a dry run against the contract service's quantity in Autotask, and
/// the push, recorded per (tenant, month) so that a month is never sent twice. The preview and the trace show tenants
/// across the console, so they need a principal covering all tenants; approving a push needs an Administrator covering
/// all tenants (<see cref="AccessScope.CanAdminister"/>). The monthly schedule pushes as the system.
/// </summary>
public sealed partial class AutotaskUsageService(
    AutotaskIntegrationService integrations,
    ICompanyMappingStore mappings,
    IAutotaskUsageStore usage,
    ITenantStore tenants,
    TimeProvider time,
    IAccessScope? access = null)
{
    private readonly IAccessScope _access = access ?? SystemAccessScope.Instance;

    /// <summary>How long a push may stay Pending before another push takes it over (its process is taken to have died).</summary>
    public static readonly TimeSpan StalePush = TimeSpan.FromMinutes(30);

    /// <summary>The dry run: computes every mapped tenant's units and reads the quantity Autotask has; sends nothing.</summary>
    public async Task<Result<UsagePreview>> PreviewAsync(Guid integrationId, UsageMonth month, CancellationToken cancellationToken)
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
        return await PreviewAsync(integration, client, month, cancellationToken);
    }

    /// <summary>The VMs and periods behind a tenant's figure (from the console's database only).</summary>
    public async Task<Result<UsageTrace>> TraceAsync(Guid integrationId, Guid tenantId, UsageMonth month, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanReadAllTenants)
        {
            return AccessScopeErrors.AllTenantsRequired;
        }

        var integration = await integrations.GetAsync(integrationId, cancellationToken);
        if (integration is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        var tenant = await tenants.GetAsync(tenantId, cancellationToken);
        if (tenant is null)
        {
            return AutotaskIntegrationErrors.TenantNotFound();
        }

        var until = Until(month);
        if (until is null)
        {
            return AutotaskIntegrationErrors.FutureMonth(month);
        }

        var settings = integration.Settings;
        var days = await usage.CountProtectedDaysAsync([tenantId], month.Start, until.Value, cancellationToken);
        var periods = await usage.ListPeriodsAsync(tenantId, month.Start, until.Value, cancellationToken);
        var figure = AutotaskUsageCalculator.Calculate(settings.UsageRule, settings.MinimumDays ?? 1, month.Days, days);
        return new UsageTrace(tenantId, tenant.Name, month, AutotaskUsageCalculator.Describe(settings.UsageRule, settings.MinimumDays ?? 1), figure, periods);
    }

    private async Task<Result<UsagePreview>> PreviewAsync(AutotaskIntegration integration, IAutotaskClient client, UsageMonth month, CancellationToken cancellationToken)
    {
        if (integration.BillingServiceId is not { } serviceId)
        {
            return AutotaskIntegrationErrors.NoBillingService();
        }

        if (Until(month) is not { } until)
        {
            return AutotaskIntegrationErrors.FutureMonth(month);
        }

        var mapped = await mappings.ListAsync(integration.Id, cancellationToken);
        var pushes = (await usage.ListPushesAsync(integration.Id, month.Start, cancellationToken)).ToDictionary(p => p.TenantId);
        var days = (await usage.CountProtectedDaysAsync([.. mapped.Select(m => m.TenantId)], month.Start, until, cancellationToken))
            .ToLookup(d => d.TenantId);
        var services = await FindContractServicesAsync(client, mapped.Select(m => m.CompanyId).Distinct().ToList(), serviceId, month, cancellationToken);

        var lines = new List<UsageLine>(mapped.Count);
        foreach (var mapping in mapped)
        {
            var tenant = await tenants.GetAsync(mapping.TenantId, cancellationToken);
            var figure = AutotaskUsageCalculator.Calculate(integration.UsageRule, integration.MinimumDays, month.Days, days[mapping.TenantId]);
            var push = pushes.GetValueOrDefault(mapping.TenantId);
            if (!services.IsSuccess)
            {
                lines.Add(Line(mapping, tenant, figure, null, null, null, services.Error.Message, push));
                continue;
            }

            if (!services.Value.TryGetValue(mapping.CompanyId, out var service))
            {
                lines.Add(Line(mapping, tenant, figure, null, null, null, $"The company has no active contract with service {serviceId} for {month.Title}. Add the service to its contract in Autotask.", push));
                continue;
            }

            var current = await client.GetContractServiceUnitsAsync(service.Id, new DateTimeOffset(month.Start), cancellationToken);
            lines.Add(current.IsSuccess
                ? Line(mapping, tenant, figure, service.ContractId, service.Id, current.Value.Units, null, push)
                : Line(mapping, tenant, figure, service.ContractId, service.Id, null, current.Error.Message, push));
        }

        return new UsagePreview(month, until, integration.UsageRule, integration.MinimumDays, [.. lines.OrderBy(l => l.TenantName, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>The end of the days counted for a month: its end, or now while it runs; null for a month not begun.</summary>
    private DateTime? Until(UsageMonth month)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return month.Start > now ? null : (month.End < now ? month.End : now);
    }

    private static UsageLine Line(CompanyMapping mapping, Tenant? tenant, TenantUsage figure, long? contractId, long? contractServiceId, int? current, string? problem, AutotaskUsagePush? push) =>
        new(mapping.TenantId, tenant?.Name ?? mapping.TenantId.ToString(), mapping.CompanyId, mapping.CompanyName, figure, contractId, contractServiceId, current, problem, push);

    /// <summary>Per company: the contract service of <paramref name="serviceId"/> on its active contract covering the month (lowest ids first).</summary>
    private static async Task<Result<Dictionary<long, AutotaskContractService>>> FindContractServicesAsync(
        IAutotaskClient client, List<long> companyIds, long serviceId, UsageMonth month, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, AutotaskContractService>();
        if (companyIds.Count == 0)
        {
            return found;
        }

        var contracts = await client.QueryContractsAsync([AutotaskFilter.In("companyID", companyIds)], cancellationToken);
        if (!contracts.IsSuccess)
        {
            return contracts.Error;
        }

        var current = contracts.Value
            .Where(c => c.Status != 0
                && (c.StartDate is null || c.StartDate.Value.UtcDateTime < month.End)
                && (c.EndDate is null || c.EndDate.Value.UtcDateTime >= month.Start))
            .ToDictionary(c => c.Id);
        if (current.Count == 0)
        {
            return found;
        }

        var services = await client.QueryContractServicesAsync(
            [AutotaskFilter.In("contractID", current.Keys), AutotaskFilter.Eq("serviceID", serviceId)], cancellationToken);
        if (!services.IsSuccess)
        {
            return services.Error;
        }

        foreach (var service in services.Value.OrderBy(s => s.ContractId).ThenBy(s => s.Id))
        {
            found.TryAdd(current[service.ContractId].CompanyId, service);
        }

        return found;
    }
}
