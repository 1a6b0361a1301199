using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Protection;

public static class ProtectionErrors
{
    /// <summary>Periods are refused while <c>Multitenancy:EnableProtectionReports</c> is false (decision).</summary>
    public const string ReportsDisabledCode = "VIRMT_ProtectionReportsDisabled";

    public static Error ReportsDisabled { get; } = Error.Conflict(
        ReportsDisabledCode,
        "Protection reports are disabled: set Multitenancy:EnableProtectionReports to true to accept protection periods.");

    public static Error Missing(int row, string attribute) => Error.Validation(
        ErrorCodes.MandatoryParameterIsNotSpecified,
        $"Period {row}: the attribute '{attribute}' is required.");

    public static Error Invalid(int row, string attribute, string expected) => Error.Validation(
        ErrorCodes.InvalidParameterValue,
        $"Period {row}: the attribute '{attribute}' must be {expected}.");
}
