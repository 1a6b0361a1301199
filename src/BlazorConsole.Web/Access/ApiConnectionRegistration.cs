using System.Threading.RateLimiting;
using BlazorConsole.Core.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

internal static class ApiConnectionRegistration
{
    /// <summary>API connections: options, the connection service, signing keys, the token issuer, Bearer validation and the token endpoint's rate limit.</summary>
    public static IServiceCollection AddConsoleApiConnections(this IServiceCollection services)
    {
        services.AddOptions<ApiTokenOptions>()
            .BindConfiguration(ApiTokenOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ApiConnectionRevocations>();
        services.AddSingleton<ApiConnectionService>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<ApiTokenIssuer>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerTokenSetup>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiTokenDefaults.RateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<ApiTokenOptions>>().Value.TokenRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
