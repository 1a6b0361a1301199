using BlazorConsole.Core.Common;
using FluentValidation;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The rules of <see cref="AutotaskUsageSettings"/>, shared by the settings form and the service.</summary>
public sealed class AutotaskUsageSettingsValidator : AbstractValidator<AutotaskUsageSettings>
{
    public AutotaskUsageSettingsValidator()
    {
        RuleFor(s => s.ManagedAccountsLimit)
            .NotNull()
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter how many managed accounts (companies) the integration may map.")
            .InclusiveBetween(1, AutotaskIntegration.MaxManagedAccounts)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The managed-accounts limit must be between 1 and {AutotaskIntegration.MaxManagedAccounts}.");
        RuleFor(s => s.UsageRule).IsInEnum().WithErrorCode(ErrorCodes.InvalidParameterValue).WithMessage("Choose a usage rule.");
        RuleFor(s => s.MinimumDays)
            .NotNull()
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the minimum number of protected days.")
            .InclusiveBetween(1, 31)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("The minimum number of protected days must be between 1 and 31.");
        RuleFor(s => s.BillingServiceId)
            .GreaterThan(0)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("The Autotask service ID is a positive number.");
    }
}
