using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The stable codes of failures to reach or use MDR and of the MDR integration's own rules (this product's decisions).</summary>
public static class MdrErrors
{
    public const string InvalidInputCode = "MDR_InvalidInput";
    public const string UnreachableCode = "MDR_Unreachable";
    public const string RefreshTokenRejectedCode = "MDR_RefreshTokenRejected";
    public const string AccessTokenRejectedCode = "MDR_AccessTokenRejected";
    public const string AccessDeniedCode = "MDR_AccessDenied";
    public const string ThrottledCode = "MDR_Throttled";
    public const string ServerErrorCode = "MDR_ServerError";
    public const string InvalidResponseCode = "MDR_InvalidResponse";
    public const string NotFoundCode = "MDR_NotFound";
    public const string ConnectionNotFoundCode = "MDR_ConnectionNotFound";
    public const string ConnectionExistsCode = "MDR_ConnectionExists";
    public const string TokenLostCode = "MDR_TokenLost";
    public const string TenantAlreadyMappedCode = "MDR_TenantAlreadyMapped";
    public const string MdrTenantUnknownCode = "MDR_TenantUnknown";
    public const string ConcurrentExchangeCode = "MDR_ConcurrentExchange";

    public static Error InvalidInput(string message) => Error.Validation(InvalidInputCode, message);

    public static Error Unreachable(string reason) => Error.Unavailable(UnreachableCode, $"MDR could not be reached: {reason}");

    public static Error RefreshTokenRejected(string detail) => Error.Validation(
        RefreshTokenRejectedCode,
        $"MDR refused the refresh token ({detail}). It may have been used already, expired or been revoked: create a new access token for the API connection in MDR and paste it here.");

    public static Error AccessTokenRejected() => Error.Unavailable(AccessTokenRejectedCode, "MDR refused the access token (expired or revoked).");

    public static Error AccessDenied(string what) => Error.Validation(
        AccessDeniedCode,
        $"The MDR API connection may not {what}: check its access rights and tenants in MDR.");

    public static Error Throttled() => Error.Unavailable(ThrottledCode, "MDR asked the console to slow down (429); it will try again later.");

    public static Error ServerError(int status) => Error.Unavailable(ServerErrorCode, $"MDR answered with an error (HTTP {status}); it will try again later.");

    public static Error InvalidResponse(string detail) => Error.Unavailable(InvalidResponseCode, $"MDR sent an answer the console could not read: {detail}");

    public static Error NotFound(string what) => Error.NotFound(NotFoundCode, $"{what} was not found in MDR.");

    public static Error ConnectionNotFound() => Error.NotFound(ConnectionNotFoundCode, "The MDR connection does not exist (it may have been deleted).");

    public static Error ConnectionExists() => Error.Conflict(ConnectionExistsCode, "This integration already has an MDR connection: replace its refresh token instead.");

    public static Error TokenLost() => Error.Validation(
        TokenLostCode,
        "The console no longer holds a refresh token MDR accepts. Create a new access token for the API connection in MDR and paste it here; mappings, rules and synced incidents are kept.");

    public static Error TenantAlreadyMapped(string mdrTenant) => Error.Conflict(TenantAlreadyMappedCode, $"The console tenant is already mapped to the MDR tenant \"{mdrTenant}\".");

    public static Error MdrTenantUnknown(string mdrTenant) => Error.NotFound(MdrTenantUnknownCode, $"The MDR connection does not see a tenant named \"{mdrTenant}\".");

    public static Error ConcurrentExchange() => Error.Conflict(ConcurrentExchangeCode, "Another exchange of this connection's refresh token is under way; try again in a moment.");
}
