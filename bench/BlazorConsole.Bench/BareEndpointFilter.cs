using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BlazorConsole.Bench;

/// <summary><c>GET /bench/bare</c>: the same bytes as the real call, answered first in the pipeline, with no auth and no store.</summary>
internal sealed class BareEndpointFilter(BenchHost host) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            if (context.Request.Path == "/bench/bare")
            {
                context.Response.ContentType = "application/xml; charset=utf-8";
                await context.Response.Body.WriteAsync(host.BareBody);
                return;
            }

            await inner(context);
        });
        next(app);
    };
}
