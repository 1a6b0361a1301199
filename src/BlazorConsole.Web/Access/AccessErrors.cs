using BlazorConsole.Core.Common;

namespace BlazorConsole.Web.Access;

/// <summary>Error codes of authentication and authorization on the REST API (decisions).</summary>
public static class AccessErrors
{
    public const string AuthenticationRequiredCode = "VIRMT_AuthenticationRequired";

    public const string AccessDeniedCode = "VIRMT_AccessDenied";

    public const string TooManyRequestsCode = "VIRMT_TooManyRequests";

    /// <summary>One message for every failed login: it never says whether the user name or the password was wrong.</summary>
    public static Error AuthenticationRequired { get; } = new(
        AuthenticationRequiredCode,
        "HTTP Basic credentials of an account allowed to use the API are required.",
        ErrorKind.Forbidden);

    public static Error AccessDenied { get; } = new(
        AccessDeniedCode,
        "The account is not allowed to call this method.",
        ErrorKind.Forbidden);

    /// <summary>Too many failed HTTP Basic attempts from the caller's address: answered 429 with Retry-After.</summary>
    public static Error TooManyRequests { get; } = new(
        TooManyRequestsCode,
        "Too many failed authentication attempts from this address. Retry after the number of seconds in the Retry-After header.",
        ErrorKind.Unavailable);
}
