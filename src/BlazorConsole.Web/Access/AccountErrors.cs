using BlazorConsole.Core.Common;

namespace BlazorConsole.Web.Access;

/// <summary>Expected failures of account administration, with stable codes.</summary>
public static class AccountErrors
{
    public const string NotFoundCode = "VIRMT_AccountNotFound";
    public const string InvalidCode = "VIRMT_AccountInvalid";
    public const string UserNameTakenCode = "VIRMT_AccountUserNameTaken";
    public const string OwnAccountCode = "VIRMT_AccountOwn";

    public static Error NotFound { get; } = Error.NotFound(NotFoundCode, "The account does not exist (any more).");

    public static Error UserNameTaken { get; } = Error.Conflict(UserNameTakenCode, "An account with this user name already exists.");

    /// <summary>An administrator cannot disable their own account (and so lock everyone out by mistake).</summary>
    public static Error OwnAccount { get; } = Error.Conflict(OwnAccountCode, "You cannot disable your own account.");

    public static Error Invalid(string message) => Error.Validation(InvalidCode, message);
}
