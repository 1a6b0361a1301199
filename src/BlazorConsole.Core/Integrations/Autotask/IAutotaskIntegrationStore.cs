namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Keeps the Autotask integrations.</summary>
public interface IAutotaskIntegrationStore
{
    Task<AutotaskIntegration?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every integration with its mapped count, ordered by name.</summary>
    Task<IReadOnlyList<(AutotaskIntegration Integration, int MappedCount)>> ListAsync(CancellationToken cancellationToken);

    Task AddAsync(AutotaskIntegration integration, CancellationToken cancellationToken);

    /// <summary>Replaces the saved row; false when it no longer exists.</summary>
    Task<bool> UpdateAsync(AutotaskIntegration integration, CancellationToken cancellationToken);

    /// <summary>Deletes the integration with its mappings and push records; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
