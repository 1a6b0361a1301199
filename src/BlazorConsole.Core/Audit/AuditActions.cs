namespace BlazorConsole.Core.Audit;

/// <summary>The action names the console records (stable: filters and exports use them).</summary>
public static class AuditActions
{
    public const string TaskQueued = "task.queued";
    public const string TaskCompleted = "task.completed";
    public const string TaskFailed = "task.failed";
    public const string TaskCanceled = "task.canceled";
    public const string TaskCancelRequested = "task.cancel-requested";
    public const string VirtualMachineRegistered = "vm.registered";
    public const string VirtualMachineUnregistered = "vm.unregistered";
    public const string ProtectionPeriodsReceived = "protection.periods-received";
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string SignedOut = "account.signed-out";
    public const string Retention = "audit.retention";
}
