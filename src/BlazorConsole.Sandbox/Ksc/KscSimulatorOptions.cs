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

    /// <summary>The server's host name (HostGroup.GetStaticInfo KLADMSRV_SERVER_HOSTNAME); other servers of the network reach it by this name or a loopback address.</summary>
    public string HostName { get; set; } = "ksc.sandbox.test";

    /// <summary>The port secondaries and primaries connect to (KSC's 13000).</summary>
    public int SslPort { get; set; } = 13000;

    /// <summary>The version it reports (KLADMSRV_PRODUCT_FULL_VERSION, KLSRVH_SRV_VERSION).</summary>
    public string ProductVersion { get; set; } = "15.1.0.20748";

    /// <summary>The network shared with other simulators (hierarchy links, proxies); null: a network of its own.</summary>
    public KscNetwork? Network { get; set; }
}
