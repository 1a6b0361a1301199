using System.Text;
using BlazorConsole.Core.Common;
using FluentValidation;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// The one set of create-tenant rules, used by the REST API, the create dialog and the service.
/// Each rule carries the seed's VIRMT code as its error code.
/// </summary>
public sealed class NewTenantValidator : AbstractValidator<NewTenant>
{
    public NewTenantValidator()
    {
        RuleFor(t => t.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("The tenant name is required.")
            .DependentRules(() => RuleFor(t => t.Name!.Trim())
                .MaximumLength(Tenant.NameMaxLength)
                .WithErrorCode(ErrorCodes.InvalidParameterValue)
                .WithMessage($"The tenant name must be at most {Tenant.NameMaxLength} characters.")
                .OverridePropertyName(nameof(NewTenant.Name)));

        RuleFor(t => t.Type)
            .Must(type => string.IsNullOrWhiteSpace(type) || TenantTypes.TryParse(type, out _))
            .WithErrorCode(TenantErrors.InvalidTypeCode)
            .WithMessage("The tenant type must be Complete or Simple.");

        RuleFor(t => t.Description)
            .MaximumLength(Tenant.DescriptionMaxLength)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The description must be at most {Tenant.DescriptionMaxLength} characters.");

        RuleFor(t => t.UserData)
            .MaximumLength(Tenant.UserDataMaxLength)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The user data must be at most {Tenant.UserDataMaxLength} characters.");

        RuleFor(t => t.PreferredViisAddress)
            .Must(a => string.IsNullOrWhiteSpace(a) || Ipv4.IsValid(a.Trim()))
            .WithErrorCode(TenantErrors.InvalidViisAddressFormatCode)
            .WithMessage("The preferred Integration Server address must be an IPv4 address such as 192.0.2.10.");

        When(t => TenantTypes.Resolve(t) == TenantType.Complete && (string.IsNullOrWhiteSpace(t.Type) || TenantTypes.TryParse(t.Type, out _)), () =>
        {
            RuleFor(t => t.AdminName)
                .Must(n => !string.IsNullOrWhiteSpace(n))
                .WithErrorCode(TenantErrors.VKscCredentialsNotSpecifiedCode)
                .WithMessage("A complete tenant needs the name of its virtual Administration Server administrator.")
                .DependentRules(() => RuleFor(t => t.AdminName!.Trim())
                    .MaximumLength(Tenant.AdminNameMaxLength)
                    .WithErrorCode(ErrorCodes.InvalidParameterValue)
                    .WithMessage($"The administrator name must be at most {Tenant.AdminNameMaxLength} characters.")
                    .OverridePropertyName(nameof(NewTenant.AdminName)));

            RuleFor(t => t.AdminPasswordBase64)
                .Must(p => !string.IsNullOrEmpty(p))
                .WithErrorCode(TenantErrors.VKscCredentialsNotSpecifiedCode)
                .WithMessage("A complete tenant needs the password of its virtual Administration Server administrator.")
                .DependentRules(() => RuleFor(t => t.AdminPasswordBase64)
                    .Must(p => TryDecodePassword(p, out var password) && password.Length > 0)
                    .WithErrorCode(TenantErrors.VKscCredentialsNotSpecifiedCode)
                    .WithMessage("The administrator password must be Base64 of the UTF-8 password."));
        });
    }

    /// <summary>Decodes the Base64 password; false when it is not valid Base64 or not UTF-8.</summary>
    public static bool TryDecodePassword(string? base64, out string password)
    {
        password = string.Empty;
        if (string.IsNullOrEmpty(base64))
        {
            return false;
        }

        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var length))
        {
            return false;
        }

        try
        {
            password = new UTF8Encoding(false, true).GetString(buffer, 0, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
