namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>An API user's right on an entity (<c>userAccessFor…</c> in entityInformation).</summary>
public enum AutotaskEntityAccess
{
    /// <summary>Not allowed.</summary>
    None = 0,

    /// <summary>Allowed on every record.</summary>
    All = 1,

    /// <summary>Allowed with conditions of the security level: a call may still be refused.</summary>
    Restricted = 2,
}
