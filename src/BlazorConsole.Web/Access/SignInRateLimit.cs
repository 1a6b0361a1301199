using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Limits the sign-in form posts per client address (fixed window): beyond the limit the post is answered 429
/// with Retry-After and never reaches the password check. Pages, GETs and the REST API are not limited here.
/// </summary>
internal static class SignInRateLimit
{
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>()
            .BindConfiguration(SignInRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<SignInRateLimitOptions>>((limiter, settings) =>
            {
                var limit = settings.Value;
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = (context, _) =>
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(limit.Window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return ValueTask.CompletedTask;
                };
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsSignInPost(context.Request)
                        ? RateLimitPartition.GetFixedWindowLimiter(
                            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 })
                        : RateLimitPartition.GetNoLimiter(""));
            });
        services.AddRateLimiter(_ => { });
        return services;
    }

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(AccessRegistration.SignInPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AccessRegistration.SignInTwoStepPath, StringComparison.OrdinalIgnoreCase));
}
