using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using FluentValidation;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>The one set of add-secondary rules, used by the wizard's fields and by <see cref="HierarchyService"/>.</summary>
public sealed class AddSecondaryInputValidator : AbstractValidator<AddSecondaryInput>
{
    private const string AddressHelp = "Enter an IPv4 address such as 192.0.2.10 or a fully qualified domain name such as ksc.example.com.";

    public AddSecondaryInputValidator()
    {
        RuleFor(i => i.SecondaryAddress)
            .Must(a => !string.IsNullOrWhiteSpace(a))
            .When(i => i.Direction == AddSecondaryDirection.FromSecondary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the address of the future secondary Administration Server.");
        RuleFor(i => i.SecondaryAddress)
            .Must(a => HostAddress.IsValid(a!.Trim()))
            .When(i => i.ConnectsToSecondary)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage(AddressHelp);

        Port(RuleFor(i => i.ApiPort).NotNull().When(i => i.ConnectsToSecondary), $"Enter the KSC Open API port of the secondary ({KscDefaults.Port} by default).");
        Port(RuleFor(i => i.SslPort).NotNull().When(i => i.Dmz && i.Direction == AddSecondaryDirection.FromPrimary), $"Enter the SSL port of the secondary ({HierarchyDefaults.SslPort} by default).");
        Port(RuleFor(i => i.PrimaryPort).NotNull().When(WritesSecondary), $"Enter the SSL port of the primary ({HierarchyDefaults.SslPort} by default).");

        RuleFor(i => i.DisplayName)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .When(i => i.Direction == AddSecondaryDirection.FromPrimary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the name the primary shows for the secondary.");
        RuleFor(i => i.DisplayName)
            .Must(n => n!.Trim().Length <= HierarchyDefaults.DisplayNameMaxLength)
            .When(i => i.Direction == AddSecondaryDirection.FromPrimary && !string.IsNullOrWhiteSpace(i.DisplayName))
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The display name must be at most {HierarchyDefaults.DisplayNameMaxLength} characters.");

        RuleFor(i => i.GroupId)
            .NotNull()
            .When(i => i.Direction == AddSecondaryDirection.FromPrimary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Choose the administration group the secondary goes in.");

        RuleFor(i => i.UserName)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .When(i => i.ConnectsToSecondary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter an account with rights on the secondary Administration Server.");
        RuleFor(i => i.Password)
            .Must(p => !string.IsNullOrEmpty(p))
            .When(i => i.ConnectsToSecondary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the password of that account.");

        RuleFor(i => i.TwoStepCode)
            .Must(c => c!.Trim().Length == 6 && c.Trim().All(char.IsAsciiDigit))
            .When(i => !string.IsNullOrWhiteSpace(i.TwoStepCode))
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("The security code is the 6 digits the authenticator app shows.");

        RuleFor(i => i.CertificateFile)
            .NotNull()
            .When(i => i.Direction == AddSecondaryDirection.FromPrimary && !i.ConnectsToSecondary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Without the secondary's address the console cannot fetch its certificate: upload its certificate file (klserver.cer).");
        RuleFor(i => i.CertificateFile).Custom((file, context) =>
        {
            if (file is null)
            {
                return;
            }

            var read = ServerCertificateFile.Read(file, context.InstanceToValidate.CertificateFileName);
            if (!read.IsSuccess)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(nameof(AddSecondaryInput.CertificateFile), read.Error.Message)
                {
                    ErrorCode = ErrorCodes.InvalidParameterValue,
                });
            }
        });

        RuleFor(i => i.PrimaryAddress)
            .Must(a => !string.IsNullOrWhiteSpace(a))
            .When(WritesSecondary)
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("Enter the address by which the secondary reaches the primary.");
        RuleFor(i => i.PrimaryAddress)
            .Must(a => HostAddress.IsValid(a!.Trim()))
            .When(i => WritesSecondary(i) && !string.IsNullOrWhiteSpace(i.PrimaryAddress))
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage(AddressHelp);

        RuleFor(i => i.ProxyAddress)
            .Must(IsHostAndPort)
            .When(i => i.UseProxy && WritesSecondary(i))
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("Enter the proxy as address:port, for example proxy.example.com:3128.");
    }

    /// <summary>True when the wizard writes the primary settings on the secondary (it connects to the secondary).</summary>
    public static bool WritesSecondary(AddSecondaryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ConnectsToSecondary;
    }

    /// <summary><c>host:port</c> with an IPv4 address or FQDN and a port of 1-65535.</summary>
    public static bool IsHostAndPort(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.Trim().LastIndexOf(':');
        return colon > 0
            && HostAddress.IsValid(text.Trim()[..colon])
            && int.TryParse(text.Trim()[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is >= 1 and <= 65535;
    }

    private static void Port(IRuleBuilderOptions<AddSecondaryInput, int?> rule, string missing)
    {
        rule.WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified).WithMessage(missing)
            .Must(port => port is null or (>= 1 and <= 65535))
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage("The port must be between 1 and 65535.");
    }
}
