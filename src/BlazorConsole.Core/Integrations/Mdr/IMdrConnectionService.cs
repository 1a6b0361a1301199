using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// Connects an Autotask integration to MDR and keeps the connection's tenant mappings and ticketing rules. Pasting a
/// refresh token spends it: <see cref="ConnectAsync"/> exchanges it and stores the new pair before answering, and
/// stores nothing when MDR refuses it. Every change needs an Administrator covering all tenants (otherwise
/// <c>AccessScopeErrors.AdministratorRequired</c>); the test and the tenants list need a principal covering all tenants.
/// </summary>
public interface IMdrConnectionService
{
    Task<MdrConnectionView?> GetAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>The integration's MDR connection; null when it has none.</summary>
    Task<MdrConnectionView?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken);

    /// <summary>Validates the input, exchanges the refresh token and saves the connection with what its token says (name, role, tenants).</summary>
    Task<Result<MdrConnectionView>> ConnectAsync(Guid integrationId, MdrConnectionInput input, string actor, CancellationToken cancellationToken);

    /// <summary>Replaces a connection's client id and refresh token (after a revoked or lost token); mappings, rules and the cursor stay.</summary>
    Task<Result<MdrConnectionView>> ReplaceTokenAsync(Guid connectionId, MdrConnectionInput input, string actor, CancellationToken cancellationToken);

    /// <summary>Reads incident and asset counts with the stored tokens (refreshing when due) and updates the status.</summary>
    Task<Result<MdrConnectionTest>> TestAsync(Guid connectionId, CancellationToken cancellationToken);

    Task<Result> SetSyncEnabledAsync(Guid connectionId, bool enabled, string actor, CancellationToken cancellationToken);

    /// <summary>Deletes the connection with its mappings and sync records (tickets already in Autotask stay).</summary>
    Task<Result> DeleteAsync(Guid connectionId, string actor, CancellationToken cancellationToken);

    /// <summary>Every MDR tenant the connection sees (its scope, or the tenants of its assets and incidents) with the mappings.</summary>
    Task<Result<IReadOnlyList<MdrTenantRow>>> ListTenantsAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>Maps an MDR tenant to a console tenant (one-to-one both ways); incidents waiting as unmapped become due.</summary>
    Task<Result> MapTenantAsync(Guid connectionId, string mdrTenantName, Guid tenantId, string actor, CancellationToken cancellationToken);

    Task<Result> UnmapTenantAsync(Guid connectionId, string mdrTenantName, string actor, CancellationToken cancellationToken);

    /// <summary>The Autotask picklists for the rules (queues, priorities, statuses, issue and sub-issue types).</summary>
    Task<Result<MdrTicketChoices>> GetTicketChoicesAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>Validates and saves the rules; a rule that creates tickets needs a queue, a priority and a status.</summary>
    Task<Result> SaveTicketingAsync(Guid connectionId, MdrTicketingSettings settings, string actor, CancellationToken cancellationToken);
}
