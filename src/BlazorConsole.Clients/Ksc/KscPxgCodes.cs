using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// The PxgError code/module pairs the client recognizes and the product error each becomes. KSC does not publish
/// its codes; these are the ones the sandbox's simulator answers with (its <c>KscPxgErrors</c>), and the one
/// place to adjust when a real KSC is seen answering others. Anything else becomes <see cref="KscErrors.CallFailedCode"/>
/// with KSC's own message.
/// </summary>
public static class KscPxgCodes
{
    public const string StandardModule = "KLSTD";
    public const string SecurityPolicyModule = "KLSPL";
    public const string VirtualServersModule = "KLVSRV";

    public const int BadArgument = 1182;
    public const int ObjectNotFound = 1183;
    public const int AccessDenied = 1184;
    public const int AlreadyExists = 1185;
    public const int NotEmpty = 1186;
    public const int UnknownMethod = 1187;
    public const int WeakPassword = 1900;
    public const int UserNameTaken = 1901;
    public const int VirtualServerLimitReached = 2001;

    /// <summary>The product error for a PxgError answered to <paramref name="method"/> about <paramref name="subject"/>.</summary>
    public static Error ToError(string method, string subject, int code, string? module, string? message)
    {
        var text = string.IsNullOrWhiteSpace(message) ? $"error {code} ({module})" : message;
        return (code, module) switch
        {
            (ObjectNotFound, StandardModule) => KscErrors.ObjectNotFound(subject),
            (UserNameTaken, SecurityPolicyModule) => Error.Conflict(
                TenantErrors.UserAlreadyExistsCode,
                "An account with this name already exists on the KSC Administration Server or one of its virtual Administration Servers."),
            (WeakPassword, SecurityPolicyModule) => Error.Validation(
                TenantErrors.PasswordNotComplyPolicyCode,
                $"The password does not comply with the KSC password policy: {text}"),
            (VirtualServerLimitReached, VirtualServersModule) => KscErrors.VirtualServerLimit(),
            _ => KscErrors.CallFailed(method, text),
        };
    }
}
