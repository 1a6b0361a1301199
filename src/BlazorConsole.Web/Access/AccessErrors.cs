using BlazorConsole.Core.Common;

namespace BlazorConsole.Web.Access;

/// <summary>Error codes of authentication and authorization on the REST API (decisions).</summary>
public static class AccessErrors
{
    public const string AuthenticationRequiredCode = "VIRMT_AuthenticationRequired";

    public const string AccessDeniedCode = "VIRMT_AccessDenied";

    /// <summary>One message for every failed login: it never says whether the user name or the password was wrong.</summary>
    public static Error AuthenticationRequired { get; } = new(
        AuthenticationRequiredCode,
        "HTTP Basic credentials of an account allowed to use the API are required.",
        ErrorKind.Forbidden);

    public static Error AccessDenied { get; } = new(
        AccessDeniedCode,
        "The account is not allowed to call this method.",
        ErrorKind.Forbidden);
}
