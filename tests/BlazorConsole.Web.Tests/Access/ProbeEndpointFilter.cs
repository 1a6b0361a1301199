using System.Security.Claims;
using BlazorConsole.Web.Api.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>
/// Serves GET {prefix}/access-probe from a group made by the real <see cref="ApiEndpoints.MapConsoleApi"/> (same
/// "Api" policy, same Basic handler), so the authentication tests have an API method that answers 200 with the
/// caller's name whatever the feature endpoints do.
/// </summary>
internal sealed class ProbeEndpointFilter : IStartupFilter
{
    public const string Path = ApiRoutes.Prefix + "/access-probe";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWhen(context => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase), probe =>
        {
            probe.UseRouting();
            probe.UseAuthentication();
            probe.UseAuthorization();
            probe.UseEndpoints(endpoints =>
                endpoints.MapConsoleApi().MapGet("/access-probe", (ClaimsPrincipal user) => Results.Text(user.Identity?.Name ?? "")));
        });
        next(app);
    };
}
