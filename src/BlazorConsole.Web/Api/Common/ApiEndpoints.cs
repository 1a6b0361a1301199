using BlazorConsole.Web.Api.Protection;
using BlazorConsole.Web.Api.Reports;

namespace BlazorConsole.Web.Api.Common;

public static class ApiEndpoints
{
    /// <summary>Maps REST API v2.0 under its prefix; each feature maps its own routes on the group.</summary>
    public static RouteGroupBuilder MapConsoleApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiRoutes.Prefix);
        api.MapProtectionEndpoints();
        api.MapReportEndpoints();
        return api;
    }
}
