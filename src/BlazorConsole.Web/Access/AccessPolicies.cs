namespace BlazorConsole.Web.Access;

/// <summary>Names of the authorization policies the console declares.</summary>
public static class AccessPolicies
{
    /// <summary>REST API v2.0: HTTP Basic only, so a browser's cookie never authenticates an API call (CSRF).</summary>
    public const string Api = "Api";
}
