namespace BlazorConsole.Web.Access;

/// <summary>Names of the authorization policies the console declares.</summary>
public static class AccessPolicies
{
    /// <summary>REST API v2.0: HTTP Basic or a Bearer access token, never the browser's cookie (CSRF).</summary>
    public const string Api = "Api";

    /// <summary>REST reads: Auditor, Operator or Administrator.</summary>
    public const string ApiRead = "ApiRead";

    /// <summary>REST changes: Operator or Administrator.</summary>
    public const string ApiWrite = "ApiWrite";

    /// <summary>Pages that change something: Operator or Administrator.</summary>
    public const string Operator = "Operator";

    /// <summary>Access management (API connections, accounts): Administrator only.</summary>
    public const string Administrator = "Administrator";
}
