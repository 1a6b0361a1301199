namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// The PxgError codes and modules the simulator answers with, one per kind of failure. KSC does not publish a table
/// of them, so these are the product's choice; the client maps the same pairs in its own <c>KscPxgCodes</c>.
/// </summary>
public static class KscPxgErrors
{
    /// <summary>Module of generic failures (KSC's standard library).</summary>
    public const string StandardModule = "KLSTD";

    /// <summary>Module of security policy (user account) failures.</summary>
    public const string SecurityPolicyModule = "KLSPL";

    /// <summary>Module of virtual Administration Server failures.</summary>
    public const string VirtualServersModule = "KLVSRV";

    /// <summary>A failure with no better code (also the code of injected PxgErrors).</summary>
    public const int Generic = 1;

    /// <summary>A parameter is missing, of the wrong type or out of range.</summary>
    public const int BadArgument = 1182;

    /// <summary>The group, virtual server, user, accessor or action named does not exist.</summary>
    public const int ObjectNotFound = 1183;

    /// <summary>The session may not do this (for example a virtual server's user calling VServers.*).</summary>
    public const int AccessDenied = 1184;

    /// <summary>An object with that name already exists (a group in the same parent, a virtual server renamed to a taken name).</summary>
    public const int AlreadyExists = 1185;

    /// <summary>The group still holds subgroups, devices or virtual servers that the removal flags do not allow to remove.</summary>
    public const int NotEmpty = 1186;

    /// <summary>No such method (<c>Class.Method</c>).</summary>
    public const int UnknownMethod = 1187;

    /// <summary>The password does not meet the password policy (module KLSPL).</summary>
    public const int WeakPassword = 1900;

    /// <summary>A user with that name exists on the main or a virtual Administration Server (module KLSPL).</summary>
    public const int UserNameTaken = 1901;

    /// <summary>The Administration Server already has its maximum number of virtual servers (module KLVSRV).</summary>
    public const int VirtualServerLimitReached = 2001;
}
