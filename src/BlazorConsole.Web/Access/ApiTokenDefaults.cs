namespace BlazorConsole.Web.Access;

public static class ApiTokenDefaults
{
    /// <summary>The token endpoint: form <c>grant_type=refresh_token&amp;refresh_token=…</c>, JSON answer.</summary>
    public const string TokenPath = "/api/2.0/token";

    public const string Issuer = "BlazorConsole";

    public const string Audience = "BlazorConsole.Api";

    /// <summary>The scheme that picks Bearer or Basic from the Authorization header.</summary>
    public const string ApiScheme = "ApiBasicOrBearer";

    public const string RateLimitPolicy = "token";
}
