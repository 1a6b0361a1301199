using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tenants;

/// <summary>The stable codes of the tenant methods, as the seed names them.</summary>
public static class TenantErrors
{
    public const string NotFoundCode = "VIRMT_TenantWithSpecifiedIdNotFound";
    public const string InvalidTypeCode = "VIRMT_InvalidTenantType";
    public const string VKscCredentialsNotSpecifiedCode = "VIRMT_VKscCredentialsNotSpecified";
    public const string InvalidViisAddressFormatCode = "VIRMT_InvalidViisAddressFormat";
    public const string NameAlreadyExistsCode = "VIRMT_TenantWithSpecifiedNameAlreadyExists";
    public const string GroupAlreadyExistsCode = "VIRMT_TenantGroupAlreadyExists";
    public const string PasswordNotComplyPolicyCode = "VIRMT_PasswordNotComplyPolicy";
    public const string UserAlreadyExistsCode = "VIRMT_UserWithSpecifiedNameAlreadyExists";

    public static Error NotFound(Guid id) =>
        Error.NotFound(NotFoundCode, $"A tenant with the identifier {id} is not found.");

    public static Error NameAlreadyExists(string name) =>
        Error.Conflict(NameAlreadyExistsCode, $"A tenant named '{name}' already exists.");

    public static Error GroupAlreadyExists(string name) =>
        Error.Conflict(GroupAlreadyExistsCode, $"KSC already has the folder '{Ksc.KscDefaults.MultitenancyFolderName}/{name}'.");

    public static Error PasswordNotComplyPolicy(string detail) =>
        Error.Validation(PasswordNotComplyPolicyCode, $"KSC refused the administrator password: {detail}");

    public static Error UserAlreadyExists(string userName) =>
        Error.Conflict(UserAlreadyExistsCode, $"KSC already has a user named '{userName}'.");
}
