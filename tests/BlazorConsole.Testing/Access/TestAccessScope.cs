using BlazorConsole.Core.Access;

namespace BlazorConsole.Testing.Access;

/// <summary>
/// An <see cref="IAccessScope"/> a test switches: it starts as the system (so set-up runs unrestricted) and
/// <see cref="ActAs"/> makes the following calls run for a given role and tenant scope.
/// </summary>
public sealed class TestAccessScope : IAccessScope
{
    public AccessScope Current { get; set; } = AccessScope.System;

    /// <summary>Runs the following calls as the named principal (see <see cref="Named"/>).</summary>
    public void ActAs(string name) => Current = Named(name);

    /// <summary>
    /// System; Administrator, Operator and Auditor covering all tenants; ScopedAdministrator and ScopedOperator covering
    /// one tenant that does not exist.
    /// </summary>
    public static AccessScope Named(string name) => name switch
    {
        "System" => AccessScope.System,
        "Administrator" => new AccessScope(ConsoleRoles.Administrator, true, new HashSet<Guid>()),
        "Operator" => new AccessScope(ConsoleRoles.Operator, true, new HashSet<Guid>()),
        "Auditor" => new AccessScope(ConsoleRoles.Auditor, true, new HashSet<Guid>()),
        "ScopedAdministrator" => new AccessScope(ConsoleRoles.Administrator, false, new HashSet<Guid> { Guid.NewGuid() }),
        "ScopedOperator" => new AccessScope(ConsoleRoles.Operator, false, new HashSet<Guid> { Guid.NewGuid() }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown principal."),
    };
}
