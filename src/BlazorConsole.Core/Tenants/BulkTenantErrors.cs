using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>Why a bulk tenant request is refused (codes shared with the REST API's conventions).</summary>
public static class BulkTenantErrors
{
    /// <summary>The bulk task has no failed tenant to retry, or has not ended yet (decision).</summary>
    public const string NothingToRetryCode = "VIRMT_NothingToRetry";

    public static Error NoTenants() =>
        Error.Validation(ErrorCodes.MandatoryParameterIsNotSpecified, "Select at least one tenant.");

    public static Error TooManyTenants(int max) =>
        Error.Validation(ErrorCodes.InvalidParameterValue, $"A bulk action takes at most {max} tenants at once.");

    public static Error NotABulkTask(Guid id) => TaskErrors.NotFound(id);

    public static Error StillRunning() =>
        Error.Conflict(NothingToRetryCode, "The bulk task has not ended yet; retry its failed tenants once it has.");

    public static Error NothingFailed() =>
        Error.Conflict(NothingToRetryCode, "No tenant of this bulk task failed.");
}
