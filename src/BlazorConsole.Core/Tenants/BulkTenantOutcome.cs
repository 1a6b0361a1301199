using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// How one tenant of a bulk task fared: its child task's state and, when that failed, the error.
/// <see cref="TenantName"/> is null when the tenant no longer exists.
/// </summary>
public sealed record BulkTenantOutcome(
    Guid TenantId,
    string? TenantName,
    Guid TaskId,
    TaskState State,
    int Progress,
    string? ErrorCode,
    string? ErrorMessage)
{
    /// <summary>True when the child ended without doing its work (Failed or Canceled): "retry the failed ones" takes it again.</summary>
    public bool IsFailure => State is TaskState.Failed or TaskState.Canceled;
}
