using System.Diagnostics;
using System.Net;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// What an unexpected fault looks like outside Development: a 500 that names a correlation id (the exception
/// itself is logged by the middleware under the same request) and never the exception's text.
/// </summary>
internal static class ErrorHandling
{
    public static WebApplication UseConsoleErrorHandling(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var correlationId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            if (context.Request.Path.StartsWithSegments(ApiRoutes.Prefix))
            {
                context.Response.ContentType = XmlResult.ContentType;
                await context.Response.WriteAsync(
                    $"<?xml version=\"1.0\" encoding=\"utf-8\"?><error><code>{TaskErrors.InternalErrorCode}</code><message>An unexpected error occurred. Correlation id: {WebUtility.HtmlEncode(correlationId)}.</message></error>");
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>BlazorConsole: error</title><link rel=\"stylesheet\" href=\"/assets/css/console.css\"></head>" +
                $"<body><main><h1>Something went wrong</h1><p>The console could not complete this request. If it happens again, give your administrator this correlation id: <code>{WebUtility.HtmlEncode(correlationId)}</code>.</p><p><a href=\"/\">Back to the console</a></p></main></body></html>");
        }));
        app.UseHsts();
        return app;
    }
}
