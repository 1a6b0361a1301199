using BlazorConsole.Core.Common;
using FluentValidation;
using FluentValidation.Results;

namespace BlazorConsole.Core.Ksc;

/// <summary>
/// The one set of KSC connection rules, used by the settings form and by <see cref="KscConnectionService"/>.
/// The password is required only while none is saved: validate with <see cref="ContextFor"/> to say whether one is.
/// </summary>
public sealed class KscConnectionInputValidator : AbstractValidator<KscConnectionInput>
{
    /// <summary>The root context key that tells the rules a password is saved already (a <see cref="bool"/>).</summary>
    public const string PasswordSavedKey = "KscPasswordSaved";

    public KscConnectionInputValidator()
    {
        RuleFor(i => i.Address)
            .Must(a => !string.IsNullOrWhiteSpace(a))
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the address of the Administration Server.")
            .DependentRules(() => RuleFor(i => i.Address!.Trim())
                .Must(HostAddress.IsValid)
                .WithErrorCode(ErrorCodes.InvalidParameterValue)
                .WithMessage("Enter an IPv4 address such as 192.0.2.10 or a fully qualified domain name such as ksc.example.com.")
                .OverridePropertyName(nameof(KscConnectionInput.Address)));

        RuleFor(i => i.Port)
            .NotNull()
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage($"Enter the port of the KSC Open API ({KscDefaults.Port} by default).")
            .InclusiveBetween(1, 65535)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("The port must be between 1 and 65535.");

        RuleFor(i => i.UserName)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the name of the KSC account.")
            .DependentRules(() => RuleFor(i => i.UserName!.Trim())
                .MaximumLength(KscConnection.UserNameMaxLength)
                .WithErrorCode(ErrorCodes.InvalidParameterValue)
                .WithMessage($"The account name must be at most {KscConnection.UserNameMaxLength} characters.")
                .OverridePropertyName(nameof(KscConnectionInput.UserName)));

        RuleFor(i => i.Password).Custom((password, context) =>
        {
            if (string.IsNullOrEmpty(password))
            {
                var saved = context.RootContextData.TryGetValue(PasswordSavedKey, out var value) && value is true;
                if (!saved)
                {
                    context.AddFailure(new ValidationFailure(nameof(KscConnectionInput.Password), "Enter the password of the KSC account.")
                    {
                        ErrorCode = ErrorCodes.MandatoryParameterIsNotSpecified,
                    });
                }
            }
            else if (password.Length > KscConnection.PasswordMaxLength)
            {
                context.AddFailure(new ValidationFailure(nameof(KscConnectionInput.Password), $"The password must be at most {KscConnection.PasswordMaxLength} characters.")
                {
                    ErrorCode = ErrorCodes.InvalidParameterValue,
                });
            }
        });

        RuleFor(i => i.IntegrationServerAddress)
            .Must(a => string.IsNullOrWhiteSpace(a) || HostAddress.IsValid(a.Trim()))
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("Enter an IPv4 address such as 192.0.2.20 or a fully qualified domain name, or leave it empty.");
    }

    /// <summary>A validation context for <paramref name="input"/> that says whether a password is saved already.</summary>
    public static ValidationContext<KscConnectionInput> ContextFor(KscConnectionInput input, bool passwordSaved)
    {
        var context = new ValidationContext<KscConnectionInput>(input);
        context.RootContextData[PasswordSavedKey] = passwordSaved;
        return context;
    }
}
