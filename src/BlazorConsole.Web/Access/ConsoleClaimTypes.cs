namespace BlazorConsole.Web.Access;

/// <summary>Claims the console adds to a principal beside the role: its tenant scope and, for a token, its API connection.</summary>
public static class ConsoleClaimTypes
{
    /// <summary><c>all</c> or <c>tenants</c>; absent: all tenants (an account never given a scope).</summary>
    public const string Scope = "console:scope";

    /// <summary>One covered tenant id, when <see cref="Scope"/> is <c>tenants</c>.</summary>
    public const string Tenant = "console:tenant";

    /// <summary>The id of the API connection an access token was issued to.</summary>
    public const string Connection = "console:connection";

    public const string AllTenants = "all";

    public const string ChosenTenants = "tenants";
}
