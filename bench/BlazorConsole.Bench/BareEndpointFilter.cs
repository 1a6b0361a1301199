using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;

namespace BlazorConsole.Bench;

/// <summary>
/// <c>GET /bench/bare</c>: the same bytes as the real call from a minimal endpoint (anonymous, no store), so it
/// passes the same middleware (routing, authentication, authorization, antiforgery) as any endpoint would. Only
/// what the endpoint itself does differs between the two sides.
/// </summary>
internal sealed class BareEndpointFilter(BenchHost host) : IStartupFilter
{
    // UseRouting leaves the route builder it matches against (the WebApplication) under this key; endpoints
    // added to it after the pipeline is built are still seen, since the matcher is built on the first request
    private const string EndpointRouteBuilderKey = "__EndpointRouteBuilder";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var endpoints = (IEndpointRouteBuilder)app.Properties[EndpointRouteBuilderKey]!;
        endpoints.MapGet("/bench/bare", async context =>
        {
            context.Response.ContentType = "application/xml; charset=utf-8";
            await context.Response.Body.WriteAsync(host.BareBody);
        }).AllowAnonymous();
    };
}
