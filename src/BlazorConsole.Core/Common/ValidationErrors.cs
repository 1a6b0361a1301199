using FluentValidation.Results;

namespace BlazorConsole.Core.Common;

public static class ValidationErrors
{
    /// <summary>The first failure as an <see cref="Error"/> with the rule's VIRMT code.</summary>
    public static Error ToError(this ValidationResult result)
    {
        var failure = result.Errors[0];
        var code = string.IsNullOrEmpty(failure.ErrorCode) || !failure.ErrorCode.Contains('_', StringComparison.Ordinal)
            ? ErrorCodes.InvalidParameterValue
            : failure.ErrorCode;
        return Error.Validation(code, failure.ErrorMessage);
    }
}
