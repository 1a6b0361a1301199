using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// /healthz, anonymous: 200 when every check is Healthy or Degraded, 503 when one is Unhealthy, with a JSON body
/// listing each check. Features add their own check with <c>services.AddHealthChecks().AddCheck&lt;T&gt;("name")</c>.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/healthz";

    public const string DatabaseCheckName = "database";

    public static IHealthChecksBuilder AddConsoleHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<HealthDatabaseCheck>(DatabaseCheckName);

    public static IEndpointConventionBuilder MapConsoleHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();

    /// <summary><c>{"status":"Healthy","checks":{"database":{"status":"Healthy","description":"…","durationMs":1.2}}}</c>; no exception text.</summary>
    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is not null)
            {
                json.WriteString("description", entry.Description);
            }

            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
