namespace BlazorConsole.Core.Reports;

/// <summary>The rows that describe generated report files.</summary>
public interface IProtectionReportStore
{
    Task AddAsync(ProtectionReport report, CancellationToken cancellationToken);

    Task<ProtectionReport?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes the row; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Ids of reports that expired at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken);
}
