namespace BlazorConsole.Web.Api.Common;

public static class ApiRoutes
{
    /// <summary>The REST API v2.0 prefix, declared once.</summary>
    public const string Prefix = "/api/2.0/virtualization";
}
