using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Access;

public static class ApiConnectionErrors
{
    public const string NotFoundCode = "VIRMT_ApiConnectionNotFound";

    public const string InvalidGrantCode = "invalid_grant";

    public static Error NotFound(Guid id) => Error.NotFound(NotFoundCode, $"An API connection with the identifier {id} is not found.");

    /// <summary>Unknown, revoked, expired or idle: one answer for all, so a caller learns nothing about a token it holds.</summary>
    public static Error InvalidGrant { get; } = Error.Validation(InvalidGrantCode, "The refresh token is not valid, or its connection was revoked or has expired.");
}
