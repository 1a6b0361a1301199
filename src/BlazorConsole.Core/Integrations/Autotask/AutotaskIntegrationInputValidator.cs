using BlazorConsole.Core.Common;
using FluentValidation;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// The one set of rules for an integration's name, credentials and limit, used by the wizard and by
/// <see cref="AutotaskIntegrationService"/>. The secret and integration code are required only while none is saved:
/// validate with <see cref="SavedSecretsKey"/> in the root context to say they are.
/// </summary>
public sealed class AutotaskIntegrationInputValidator : AbstractValidator<AutotaskIntegrationInput>
{
    /// <summary>Root context key (a <see cref="bool"/>): the secret and integration code are saved already.</summary>
    public const string SavedSecretsKey = "AutotaskSecretsSaved";

    public AutotaskIntegrationInputValidator()
    {
        RuleFor(i => i.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter a name for the integration.")
            .Must(n => n is null || n.Trim().Length <= AutotaskIntegration.NameMaxLength)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The name must be at most {AutotaskIntegration.NameMaxLength} characters.");

        RuleFor(i => i.UserName)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the user name of the Autotask API user (normally an e-mail address).")
            .Must(n => n is null || n.Trim().Length <= AutotaskCredentials.MaxLength)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The user name must be at most {AutotaskCredentials.MaxLength} characters.");

        RuleFor(i => i.Secret).Custom((secret, context) => Secret(secret, context, "Enter the secret (password) of the API user."));
        RuleFor(i => i.IntegrationCode).Custom((code, context) => Secret(code, context, "Enter the integration code (API tracking identifier) of the integration."));

        RuleFor(i => i.ManagedAccountsLimit)
            .NotNull()
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter how many managed accounts (companies) the integration may map.")
            .InclusiveBetween(1, AutotaskIntegration.MaxManagedAccounts)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The managed-accounts limit must be between 1 and {AutotaskIntegration.MaxManagedAccounts}.");
    }

    /// <summary>A context telling the rules whether the secret and integration code are saved already.</summary>
    public static ValidationContext<AutotaskIntegrationInput> ContextFor(AutotaskIntegrationInput input, bool secretsSaved)
    {
        var context = new ValidationContext<AutotaskIntegrationInput>(input);
        context.RootContextData[SavedSecretsKey] = secretsSaved;
        return context;
    }

    private static void Secret(string? value, ValidationContext<AutotaskIntegrationInput> context, string missing)
    {
        if (string.IsNullOrEmpty(value))
        {
            var saved = context.RootContextData.TryGetValue(SavedSecretsKey, out var flag) && flag is true;
            if (!saved)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, missing) { ErrorCode = ErrorCodes.MandatoryParameterIsNotSpecified });
            }
        }
        else if (value.Length > AutotaskCredentials.MaxLength)
        {
            context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, $"At most {AutotaskCredentials.MaxLength} characters.") { ErrorCode = ErrorCodes.InvalidParameterValue });
        }
    }
}
