using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The stable codes of failures to reach or use Autotask (this product's decisions).</summary>
public static class AutotaskErrors
{
    public const string InvalidCredentialsCode = "ATK_InvalidCredentials";
    public const string InvalidInputCode = "ATK_InvalidInput";
    public const string ZoneNotFoundCode = "ATK_ZoneNotFound";
    public const string UnreachableCode = "ATK_Unreachable";
    public const string CredentialsRejectedCode = "ATK_CredentialsRejected";
    public const string UserOrIntegrationCodeRejectedCode = "ATK_UserOrIntegrationCodeRejected";
    public const string PermissionDeniedCode = "ATK_PermissionDenied";
    public const string NotFoundCode = "ATK_NotFound";
    public const string ThrottledCode = "ATK_Throttled";
    public const string RequestRejectedCode = "ATK_RequestRejected";
    public const string ServerErrorCode = "ATK_ServerError";
    public const string InvalidResponseCode = "ATK_InvalidResponse";
    public const string ForeignPageLinkCode = "ATK_ForeignPageLink";
    public const string TooManyRowsCode = "ATK_TooManyRows";

    /// <summary>User name, secret or integration code blank or too long; nothing was sent.</summary>
    public static Error InvalidCredentials(string reason) => Error.Validation(InvalidCredentialsCode, reason);

    /// <summary>A value given to a call is out of range; nothing was sent.</summary>
    public static Error InvalidInput(string reason) => Error.Validation(InvalidInputCode, reason);

    public static Error ZoneNotFound(string userName) => Error.Validation(
        ZoneNotFoundCode,
        $"Autotask knows no API user named '{userName}'. Check the user name (normally an e-mail address) of the API-only user.");

    public static Error Unreachable(string reason) => Error.Unavailable(UnreachableCode, $"Autotask cannot be reached: {reason}");

    public static Error CredentialsRejected() => Error.Validation(
        CredentialsRejectedCode,
        "Autotask rejected the secret of the API user. Check the secret, or reset it on the user's page in Autotask.");

    public static Error UserOrIntegrationCodeRejected(string detail) => Error.Validation(
        UserOrIntegrationCodeRejectedCode,
        $"Autotask refused the API user or the API tracking identifier (integration code): {detail}");

    public static Error PermissionDenied(string detail) => new(
        PermissionDeniedCode,
        $"The API user's security level does not allow this: {detail}",
        ErrorKind.Forbidden);

    public static Error NotFound(string what) => Error.NotFound(NotFoundCode, $"{what} does not exist in Autotask.");

    public static Error Throttled(string detail) => Error.Unavailable(
        ThrottledCode,
        $"Autotask refused the request because the API limits were reached ({detail}). Try again later.");

    public static Error RequestRejected(string detail) => Error.Validation(RequestRejectedCode, $"Autotask refused the request: {detail}");

    public static Error ServerError(int status) => Error.Unavailable(ServerErrorCode, $"Autotask answered with HTTP {status}.");

    public static Error InvalidResponse(string detail) => Error.Unavailable(InvalidResponseCode, $"Autotask answered with something the console cannot read: {detail}");

    public static Error ForeignPageLink(string host) => Error.Unavailable(
        ForeignPageLinkCode,
        $"Autotask pointed the next page of a query at another host ({host}); it was not followed, so the credentials were not sent there.");

    public static Error TooManyRows(int limit) => Error.Validation(TooManyRowsCode, $"The query returns more than {limit} rows; narrow it down.");
}
