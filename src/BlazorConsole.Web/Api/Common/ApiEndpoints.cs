using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.Protection;
using BlazorConsole.Web.Api.Reports;
using BlazorConsole.Web.Api.Tasks;
using BlazorConsole.Web.Api.Tenants;
using BlazorConsole.Web.Api.VirtualMachines;

namespace BlazorConsole.Web.Api.Common;

public static class ApiEndpoints
{
    /// <summary>Maps REST API v2.0 under its prefix; each feature maps its own routes on the group.</summary>
    public static RouteGroupBuilder MapConsoleApi(this IEndpointRouteBuilder endpoints)
    {
        // HTTP Basic only: the browser's sign-in cookie never authenticates a REST call (CSRF)
        var api = endpoints.MapGroup(ApiRoutes.Prefix).RequireAuthorization(AccessPolicies.Api);
        api.MapTenantEndpoints();
        api.MapVirtualMachineEndpoints();
        api.MapTaskEndpoints();
        api.MapProtectionEndpoints();
        api.MapReportEndpoints();
        api.MapUnmatchedApiRequests();
        return api;
    }
}
