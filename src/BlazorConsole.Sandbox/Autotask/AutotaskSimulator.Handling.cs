using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BlazorConsole.Sandbox.Autotask;

public sealed partial class AutotaskSimulator
{
    private const string ServicePath = "atservicesrest";
    private const string Version = "v1.0";

    private async Task HandleAsync(HttpContext context, string? path)
    {
        var segments = (path ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var body = await ReadBodyAsync(context);
        var zone = segments.Length > 0 ? _state.Zones.FirstOrDefault(candidate => Is(segments[0], candidate.Segment)) : null;
        var service = zone is null ? segments : segments[1..];
        var apiPath = zone is not null && service.Length > 2 && Is(service[0], ServicePath) && Is(service[1], Version) ? string.Join('/', service[2..]) : null;
        var headers = context.Request.Headers;
        Log(new AutotaskCall(
            context.Request.Method,
            apiPath ?? "/" + string.Join('/', segments),
            zone?.Segment,
            context.Request.Host.Host,
            headers["UserName"].FirstOrDefault(),
            headers.ContainsKey("UserName") || headers.ContainsKey("Secret") || headers.ContainsKey("ApiIntegrationCode"),
            body,
            _options.TimeProvider.GetUtcNow()));

        if (service is [var lookupService, var lookupVersion, var operation] && Is(lookupService, ServicePath) && Is(lookupVersion, Version) && Is(operation, "zoneInformation"))
        {
            await ZoneInformationAsync(context);
            return;
        }

        if (service is [var versionService, var versions] && Is(versionService, ServicePath) && Is(versions, "versioninformation"))
        {
            await WriteAsync(context, 200, new JsonObject { ["apiVersions"] = new JsonArray("v1.0") });
            return;
        }

        if (zone is null || apiPath is null)
        {
            await WriteAsync(context, 404, Errors("The requested resource was not found."));
            return;
        }

        await ApiAsync(context, zone, apiPath, body);
    }

    private async Task ZoneInformationAsync(HttpContext context)
    {
        var user = _state.FindUser(context.Request.Query["user"].ToString());
        if (user is null)
        {
            await WriteAsync(context, 500, Errors("Zone information could not be determined."));
            return;
        }

        var zone = _state.ZoneOf(user);
        await WriteAsync(context, 200, new JsonObject
        {
            ["zoneName"] = zone.Name,
            ["url"] = $"{context.Request.Scheme}://{context.Request.Host}/{zone.Segment}/ATServicesRest/",
            ["webUrl"] = zone.WebUrl,
            ["ci"] = zone.DatabaseId,
        });
    }

    private async Task ApiAsync(HttpContext context, AutotaskSimulatedZone zone, string apiPath, string? body)
    {
        var (delay, failure) = Faults.OnCall(context.Request.Method, apiPath);
        if (failure is not null)
        {
            await FailAsync(context, failure);
            return;
        }

        var headers = context.Request.Headers;
        var userName = headers["UserName"].ToString();
        var secret = headers["Secret"].ToString();
        if (userName.Length == 0 || secret.Length == 0)
        {
            await WriteAsync(context, 401, Errors("Authentication failed."));
            return;
        }

        var user = _state.FindUser(userName);
        if (user is null)
        {
            await WriteAsync(context, 500, Errors("Unable to authenticate: the user name is not valid for this zone or tracking identifier."));
            return;
        }

        if (!string.Equals(user.Secret, secret, StringComparison.Ordinal) || user.ZoneName != zone.Name)
        {
            await WriteAsync(context, 401, Errors("Authentication failed."));
            return;
        }

        if (!string.Equals(user.IntegrationCode, headers["ApiIntegrationCode"].ToString(), StringComparison.Ordinal))
        {
            await WriteAsync(context, 500, Errors("Unable to authenticate: the API tracking identifier is not valid for this user."));
            return;
        }

        var (count, oldestLeavesAt) = _state.RequestsInWindow(zone.DatabaseId);
        if (count >= _options.RequestThreshold)
        {
            if (_options.ThresholdRetryAfterSeconds is { } retryAfter)
            {
                var seconds = retryAfter > 0 ? retryAfter : (int)Math.Ceiling(Math.Max(1, ((oldestLeavesAt ?? _options.TimeProvider.GetUtcNow()) - _options.TimeProvider.GetUtcNow()).TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await WriteAsync(context, 429, Errors($"The request threshold of {_options.RequestThreshold} requests per {_options.ThresholdTimeframe.TotalMinutes:0} minutes has been exceeded."));
            return;
        }

        var used = _state.CountRequest(zone.DatabaseId);
        var slow = used * 4 >= _options.RequestThreshold * 3 ? _options.DelayFromThreeQuarters : used * 2 >= _options.RequestThreshold ? _options.DelayFromHalf : TimeSpan.Zero;
        if (slow > TimeSpan.Zero && !await DelayAsync(slow, context))
        {
            return;
        }

        var endpoint = user.IntegrationCode + "|" + apiPath.Split('/')[0];
        if (_inFlight.AddOrUpdate(endpoint, 1, (_, current) => current + 1) > _options.MaxThreadsPerEndpoint)
        {
            _inFlight.AddOrUpdate(endpoint, 0, (_, current) => current - 1);
            await WriteAsync(context, 500, Errors(ThreadLimitMessage));
            return;
        }

        try
        {
            // A slow answer holds its thread slot, as a slow Autotask call does.
            if (delay > TimeSpan.Zero && !await DelayAsync(delay, context))
            {
                return;
            }

            var (status, answer) = Dispatch(context, zone, user, apiPath, body);
            await WriteAsync(context, status, answer);
        }
        catch (AutotaskWireException refusal)
        {
            await WriteAsync(context, refusal.Status, refusal.Status == 405 ? new JsonObject { ["Message"] = refusal.Message } : Errors(refusal.Message));
        }
        finally
        {
            _inFlight.AddOrUpdate(endpoint, 0, (_, current) => current - 1);
        }
    }

    private string ThreadLimitMessage => $"Itgenatr005: the thread threshold of {_options.MaxThreadsPerEndpoint} simultaneous requests for this integration and endpoint has been exceeded.";

    private async Task FailAsync(HttpContext context, AutotaskFaults.FailureRule failure)
    {
        switch (failure.Kind)
        {
            case AutotaskFaultKind.DropConnection:
                context.Abort();
                return;
            case AutotaskFaultKind.Http429:
                if (failure.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await WriteAsync(context, 429, Errors("Injected: too many requests."));
                return;
            case AutotaskFaultKind.Http401:
                await WriteAsync(context, 401, Errors("Authentication failed."));
                return;
            case AutotaskFaultKind.ThreadLimit:
                await WriteAsync(context, 500, Errors(ThreadLimitMessage));
                return;
            case AutotaskFaultKind.Http503:
                context.Response.StatusCode = 503;
                return;
            default:
                context.Response.StatusCode = 500;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<html><body>An error has occurred.</body></html>", context.RequestAborted);
                return;
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, HttpContext context)
    {
        try
        {
            await Task.Delay(delay, _options.TimeProvider, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        return text.Length == 0 ? null : text;
    }

    internal static JsonObject Errors(string message) => new() { ["errors"] = new JsonArray(message) };

    internal static bool Is(string segment, string expected) => string.Equals(segment, expected, StringComparison.OrdinalIgnoreCase);

    private static readonly JsonSerializerOptions WireJson = new() { WriteIndented = false };

    private static Task WriteAsync(HttpContext context, int status, JsonNode answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(answer.ToJsonString(WireJson), context.RequestAborted);
    }
}
