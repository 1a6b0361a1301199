using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Protection;

/// <summary>Ingestion of the SVMs' protection periods.</summary>
public sealed class ProtectionPeriodService(IProtectionPeriodStore store, IMultitenancySettings settings)
{
    /// <summary>False while <c>Multitenancy:EnableProtectionReports</c> is off: batches are then refused with 409.</summary>
    public bool IsEnabled => settings.Current.EnableProtectionReports;

    /// <summary>Stores a batch whose rows were all validated; refused while protection reports are disabled.</summary>
    public async Task<Result<IngestionSummary>> IngestAsync(string? svmId, IReadOnlyList<IncomingPeriod> periods, CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            return ProtectionErrors.ReportsDisabled;
        }

        if (svmId is { Length: > ProtectionPeriod.SvmIdMaxLength })
        {
            return Error.Validation(ErrorCodes.InvalidParameterValue, $"The attribute 'svmId' must be at most {ProtectionPeriod.SvmIdMaxLength} characters.");
        }

        return await store.UpsertAsync(string.IsNullOrWhiteSpace(svmId) ? null : svmId, periods, cancellationToken);
    }
}
