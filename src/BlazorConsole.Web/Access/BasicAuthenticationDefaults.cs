namespace BlazorConsole.Web.Access;

public static class BasicAuthenticationDefaults
{
    public const string Scheme = "Basic";

    public const string Realm = "BlazorConsole";

    /// <summary>RFC 7617 challenge; credentials are UTF-8.</summary>
    public const string Challenge = "Basic realm=\"" + Realm + "\", charset=\"UTF-8\"";
}
