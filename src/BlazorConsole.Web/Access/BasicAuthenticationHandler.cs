using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using BlazorConsole.Core.Common;
using BlazorConsole.Data.Access;
using BlazorConsole.Web.Api.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BlazorConsole.Web.Access;

/// <summary>
/// HTTP Basic for the REST API. Verified credentials are cached (<see cref="VerifiedCredentialCache"/>). A failure is
/// never cached and answers 401 with a Basic challenge and an XML error body; it counts toward the caller's
/// address in <see cref="ApiFailureThrottle"/>, never toward the account's lockout (otherwise anyone could lock
/// the administrator out with a few bad requests). A throttled address gets 429 with Retry-After before any
/// password is looked at. An account locked through the sign-in page is refused here too.
/// Neither the password nor the header value is ever logged.
/// </summary>
internal sealed partial class BasicAuthenticationHandler(
    IOptionsMonitor<BasicAuthenticationOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    VerifiedCredentialCache credentialCache,
    ApiFailureThrottle throttle)
    : AuthenticationHandler<BasicAuthenticationOptions>(options, loggerFactory, encoder)
{
    private const string FailureMessage = "The HTTP Basic credentials were not accepted.";

    private TimeSpan? _retryAfter;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(BasicAuthenticationDefaults.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            // no credentials, or another scheme's (Bearer): not ours to judge
            return AuthenticateResult.NoResult();
        }

        var client = Context.Connection.RemoteIpAddress;
        if (throttle.IsThrottled(client, out var retryAfter))
        {
            // refused before the cache or the password hash is consulted: a throttled address learns nothing
            _retryAfter = retryAfter;
            LogThrottled(Logger);
            return AuthenticateResult.Fail(FailureMessage);
        }

        var result = await VerifyAsync(header);
        if (!result.Succeeded && throttle.RecordFailure(client))
        {
            LogThrottleStarted(Logger, ApiFailureThrottle.KeyOf(client));
        }

        return result;
    }

    private async Task<AuthenticateResult> VerifyAsync(string header)
    {
        if (!BasicCredentials.TryParse(header, out var parsed))
        {
            LogMalformed(Logger);
            return AuthenticateResult.Fail(FailureMessage);
        }

        var credentials = parsed.Value;
        var mac = credentialCache.KeyOf(credentials);
        if (credentialCache.TryGet(mac, out var cached))
        {
            return Success(cached);
        }

        var users = Context.RequestServices.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByNameAsync(credentials.UserName);
        if (user is null)
        {
            // spend the same time as for a known account, so timing does not reveal which user names exist
            users.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash, credentials.Password);
            LogRejected(Logger, "unknown user name");
            return AuthenticateResult.Fail(FailureMessage);
        }

        if (await users.IsLockedOutAsync(user))
        {
            LogRejected(Logger, "account locked out or disabled");
            return AuthenticateResult.Fail(FailureMessage);
        }

        // read before verifying: a password change racing with the check must not leave the old password cached
        var generation = credentialCache.GenerationOf(user.Id);
        if (!await users.CheckPasswordAsync(user, credentials.Password))
        {
            LogRejected(Logger, "wrong password");
            return AuthenticateResult.Fail(FailureMessage);
        }

        var claims = await Context.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<ConsoleUser>>().CreateAsync(user);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims.Claims, Scheme.Name));
        credentialCache.Add(mac, user.Id, principal, generation);
        return Success(principal);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_retryAfter is { } retryAfter)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
            Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
            await WriteErrorAsync(StatusCodes.Status429TooManyRequests, AccessErrors.TooManyRequests);
            return;
        }

        Response.Headers[HeaderNames.WWWAuthenticate] = BasicAuthenticationDefaults.Challenge;
        await WriteErrorAsync(StatusCodes.Status401Unauthorized, AccessErrors.AuthenticationRequired);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteErrorAsync(StatusCodes.Status403Forbidden, AccessErrors.AccessDenied);

    private AuthenticateResult Success(ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));

    private Task WriteErrorAsync(int statusCode, Error error) =>
        new XmlResult(statusCode, async (xml, _) =>
        {
            await xml.WriteStartElementAsync(null, "error", null);
            await xml.WriteElementStringAsync(null, "code", null, error.Code);
            await xml.WriteElementStringAsync(null, "message", null, error.Message);
            await xml.WriteEndElementAsync();
        }).ExecuteAsync(Context);

    private static readonly ConsoleUser DummyUser = new();

    /// <summary>A hash of a random password nobody knows, verified when the user name is unknown.</summary>
    private static readonly string DummyHash =
        new PasswordHasher<ConsoleUser>().HashPassword(DummyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    [LoggerMessage(Level = LogLevel.Debug, Message = "A malformed HTTP Basic Authorization header was refused.")]
    private static partial void LogMalformed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many failed HTTP Basic attempts from {Client}: its API requests are refused with 429 until the window ends.")]
    private static partial void LogThrottleStarted(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Debug, Message = "HTTP Basic credentials were refused without a check: the caller's address is throttled.")]
    private static partial void LogThrottled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP Basic credentials were refused: {Reason}.")]
    private static partial void LogRejected(ILogger logger, string reason);
}
