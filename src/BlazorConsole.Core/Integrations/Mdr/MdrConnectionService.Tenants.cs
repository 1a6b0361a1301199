using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The MDR tenants a connection sees and their mappings to console tenants.</summary>
public sealed partial class MdrConnectionService
{
    public async Task<Result<IReadOnlyList<MdrTenantRow>>> ListTenantsAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (!_access.Current.CanReadAllTenants)
        {
            return AccessScopeErrors.AllTenantsRequired;
        }

        var connection = await store.GetAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        var mapped = await mappings.ListAsync(connectionId, cancellationToken);
        IEnumerable<string> names;
        if (connection.TenantScope is not null)
        {
            names = connection.TenantScope;
        }
        else
        {
            var assets = await keeper.CallAsync(connectionId, (endpoint, access, ct) => client.ListAssetsAsync(endpoint, access, null, ct), cancellationToken);
            // when MDR cannot be read, the tenants of recorded incidents and of the mappings still show
            names = (assets.IsSuccess ? assets.Value.Select(a => a.TenantName) : [])
                .Concat(await incidents.ListTenantNamesAsync(connectionId, cancellationToken));
        }

        var companies = (await companyMappings.ListAsync(connection.IntegrationId, cancellationToken)).ToDictionary(m => m.TenantId);
        var rows = new List<MdrTenantRow>();
        foreach (var name in SortedNames(names.Concat(mapped.Select(m => m.MdrTenantName))))
        {
            var mapping = mapped.FirstOrDefault(m => string.Equals(m.MdrTenantName, name, StringComparison.OrdinalIgnoreCase));
            if (mapping is null)
            {
                rows.Add(new MdrTenantRow(name, null, null, null, null));
                continue;
            }

            var tenant = await tenants.GetAsync(mapping.TenantId, cancellationToken);
            companies.TryGetValue(mapping.TenantId, out var company);
            rows.Add(new MdrTenantRow(name, mapping.TenantId, tenant?.Name, company?.CompanyId, company?.CompanyName));
        }

        return rows;
    }

    public async Task<Result> MapTenantAsync(Guid connectionId, string mdrTenantName, Guid tenantId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        if (string.IsNullOrWhiteSpace(mdrTenantName) || mdrTenantName.Trim().Length > MdrTenantMapping.TenantNameMaxLength)
        {
            return MdrErrors.InvalidInput($"Name the MDR tenant to map (at most {MdrTenantMapping.TenantNameMaxLength} characters).");
        }

        var name = mdrTenantName.Trim();
        var connection = await store.GetAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        if (connection.TenantScope is { } scope && !scope.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return MdrErrors.MdrTenantUnknown(name);
        }

        if (!await tenants.ExistsAsync(tenantId, cancellationToken))
        {
            return AutotaskIntegrationErrors.TenantNotFound();
        }

        var current = await mappings.FindAsync(connectionId, name, cancellationToken);
        if (current is not null && current.TenantId == tenantId)
        {
            return Result.Success();
        }

        var other = (await mappings.ListAsync(connectionId, cancellationToken)).FirstOrDefault(m => m.TenantId == tenantId);
        if (other is not null)
        {
            return MdrErrors.TenantAlreadyMapped(other.MdrTenantName);
        }

        if (current is not null)
        {
            await mappings.DeleteAsync(connectionId, name, cancellationToken);
        }

        var now = time.GetUtcNow();
        var added = await mappings.AddAsync(
            new MdrTenantMapping { Id = Guid.NewGuid(), ConnectionId = connectionId, MdrTenantName = name, TenantId = tenantId, MappedBy = actor, Mapped = now.UtcDateTime },
            cancellationToken);
        if (!added.IsSuccess)
        {
            return added;
        }

        await incidents.MakeUnmappedDueAsync(connectionId, name, now, cancellationToken);
        return Result.Success();
    }

    public async Task<Result> UnmapTenantAsync(Guid connectionId, string mdrTenantName, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        if (await store.GetAsync(connectionId, cancellationToken) is null)
        {
            return MdrErrors.ConnectionNotFound();
        }

        return !string.IsNullOrWhiteSpace(mdrTenantName) && await mappings.DeleteAsync(connectionId, mdrTenantName.Trim(), cancellationToken)
            ? Result.Success()
            : AutotaskIntegrationErrors.MappingNotFound();
    }
}
