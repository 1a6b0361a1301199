namespace BlazorConsole.Sandbox.Ksc;

/// <summary>How a <see cref="KscSimulator"/> starts.</summary>
public sealed class KscSimulatorOptions
{
    /// <summary>Default account of the main Administration Server.</summary>
    public const string DefaultAdminUserName = "ksc-admin";

    /// <summary>Default password of that account (meets the simulated password policy).</summary>
    public const string DefaultAdminPassword = "Ksc-Sandbox-Passw0rd!";

    /// <summary>Internal user of the main Administration Server that can sign in.</summary>
    public string AdminUserName { get; set; } = DefaultAdminUserName;

    /// <summary>That user's password.</summary>
    public string AdminPassword { get; set; } = DefaultAdminPassword;

    /// <summary>Name of the root administration group.</summary>
    public string ManagedDevicesGroupName { get; set; } = "Managed devices";

    /// <summary>Most virtual Administration Servers (KSC supports 500).</summary>
    public int MaxVirtualServers { get; set; } = 500;

    /// <summary>How many <c>CheckActionState</c> calls an asynchronous action answers "not finished" before it finishes (0: the first check finishes it).</summary>
    public int ActionPendingChecks { get; set; } = 1;

    /// <summary>The <c>lNextCheckDelay</c> an unfinished action suggests.</summary>
    public TimeSpan ActionCheckDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Clock of the call log, of KLVSRV_CREATED and of injected delays (a fake clock holds delayed calls until it is advanced).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
