using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Access;

/// <summary>Refusals of the access model. An out-of-scope tenant is never refused with these: it answers not found.</summary>
public static class AccessScopeErrors
{
    public const string DeniedCode = "VIRMT_AccessDenied";

    /// <summary>The principal's role does not allow this change (an Auditor, or a principal without a role).</summary>
    public static Error Denied { get; } = new(DeniedCode, "Your role does not allow this change.", ErrorKind.Forbidden);

    /// <summary>
    /// The change or the list concerns every tenant (or none in particular) and the principal covers only some.
    /// </summary>
    public static Error AllTenantsRequired { get; } = new(
        DeniedCode, "This concerns all tenants; it needs an account or connection that covers all tenants.", ErrorKind.Forbidden);

    /// <summary>
    /// The change concerns a connection or an integration (KSC, server hierarchy, Autotask, MDR): only an Administrator
    /// covering all tenants may make it.
    /// </summary>
    public static Error AdministratorRequired { get; } = new(
        DeniedCode,
        "Only an Administrator covering all tenants may change connections and integrations.",
        ErrorKind.Forbidden);
}
