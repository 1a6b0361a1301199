using FluentValidation;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>
/// The rules for what an administrator pastes: a client id without spaces, a refresh token shaped like a JWT and, when
/// given, an absolute https base URL. The page and <see cref="MdrConnectionService"/> use the same rules.
/// </summary>
public sealed class MdrConnectionInputValidator : AbstractValidator<MdrConnectionInput>
{
    public MdrConnectionInputValidator()
    {
        RuleFor(i => i.ClientId)
            .Must(id => !string.IsNullOrWhiteSpace(id))
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("Enter the Client ID of the MDR API connection.")
            .Must(id => id is null || id.Trim().Length <= MdrEndpoint.ClientIdMaxLength)
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage($"The Client ID must be at most {MdrEndpoint.ClientIdMaxLength} characters.")
            .Must(id => id is null || !id.Trim().Any(char.IsWhiteSpace))
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("The Client ID must not contain spaces.");

        RuleFor(i => i.RefreshToken)
            .Must(token => !string.IsNullOrWhiteSpace(token))
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("Paste the refresh token of the MDR API connection.")
            .Must(token => token is null || LooksLikeJwt(token.Trim()))
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("The refresh token does not look like one MDR issues (three parts separated by dots): copy it again from MDR.");

        RuleFor(i => i.BaseUrl)
            .Must(url => string.IsNullOrWhiteSpace(url) || IsHttpsUrl(url.Trim()))
            .WithErrorCode(MdrErrors.InvalidInputCode)
            .WithMessage("The MDR API address must be an absolute https:// URL.");
    }

    /// <summary>The endpoint the input names (the public API when no base URL is given).</summary>
    public static MdrEndpoint EndpointOf(MdrConnectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var baseUrl = string.IsNullOrWhiteSpace(input.BaseUrl) ? MdrEndpoint.DefaultBaseUrl : new Uri(input.BaseUrl.Trim().TrimEnd('/'));
        return new MdrEndpoint(baseUrl, input.ClientId!.Trim());
    }

    private static bool LooksLikeJwt(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3 && parts.All(part => part.Length > 0 && part.All(IsBase64UrlChar)) && !token.Any(char.IsWhiteSpace);
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=';

    private static bool IsHttpsUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
