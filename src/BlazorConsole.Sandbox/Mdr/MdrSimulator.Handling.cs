using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BlazorConsole.Sandbox.Mdr;

public sealed partial class MdrSimulator
{
    private const int MaxBodyLength = 64 * 1024;

    private async Task HandleAsync(HttpContext context, string clientId, string? path)
    {
        path = (path ?? string.Empty).Trim('/');
        var at = _options.TimeProvider.GetUtcNow();
        var (delay, failure) = Faults.OnCall(path);
        if (delay > TimeSpan.Zero && !await DelayAsync(delay, context))
        {
            Log(new MdrCall(clientId, path, null, null, at));
            return;
        }

        if (failure is not null)
        {
            await FailAsync(context, clientId, path, at, failure);
            return;
        }

        int status;
        JsonNode answer;
        string? error = null;
        try
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                throw new MdrWireException(405, "method_not_allowed", "Every MDR API call is a POST.");
            }

            var body = await ReadBodyAsync(context);
            (status, answer) = Dispatch(clientId, path, context.Request.Headers.Authorization.ToString(), body);
        }
        catch (MdrWireException refusal)
        {
            status = refusal.Status;
            error = refusal.Error;
            answer = new JsonObject { ["error"] = refusal.Error, ["message"] = refusal.Message };
        }

        // Logged before the answer is written, so a caller that has its answer also finds its call in the log.
        Log(new MdrCall(clientId, path, status, error, at));
        await WriteAsync(context, status, answer);
    }

    private async Task FailAsync(HttpContext context, string clientId, string path, DateTimeOffset at, MdrFaults.FailureRule failure)
    {
        switch (failure.Kind)
        {
            case MdrFaultKind.DropConnection:
                Log(new MdrCall(clientId, path, null, null, at));
                context.Abort();
                return;
            case MdrFaultKind.TokenExpired:
                Log(new MdrCall(clientId, path, 403, "token_expired", at));
                await WriteAsync(context, 403, new JsonObject { ["error"] = "token_expired", ["message"] = "Injected: the access token has expired." });
                return;
            case MdrFaultKind.TokenRevoked:
                Log(new MdrCall(clientId, path, 403, "invalid_token", at));
                await WriteAsync(context, 403, new JsonObject { ["error"] = "invalid_token", ["message"] = "Injected: the access token has been revoked." });
                return;
            case MdrFaultKind.Http401:
                Log(new MdrCall(clientId, path, 401, "unauthorized", at));
                await WriteAsync(context, 401, new JsonObject { ["error"] = "unauthorized", ["message"] = "Injected: authentication failed." });
                return;
            case MdrFaultKind.Http429:
                if (failure.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                Log(new MdrCall(clientId, path, 429, "too_many_requests", at));
                await WriteAsync(context, 429, new JsonObject { ["error"] = "too_many_requests", ["message"] = "Injected: too many requests." });
                return;
            case MdrFaultKind.Http503:
                Log(new MdrCall(clientId, path, 503, null, at));
                context.Response.StatusCode = 503;
                return;
            default:
                Log(new MdrCall(clientId, path, 500, null, at));
                context.Response.StatusCode = 500;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<html><body>Internal server error</body></html>", context.RequestAborted);
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

    private static async Task<JsonObject> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var buffer = new char[MaxBodyLength + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), context.RequestAborted);
        if (length > MaxBodyLength)
        {
            throw new MdrWireException(413, "payload_too_large", "The request body is too large.");
        }

        if (length == 0 || string.IsNullOrWhiteSpace(new string(buffer, 0, length)))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(new string(buffer, 0, length)) as JsonObject ?? throw MdrWireException.BadRequest("The body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw MdrWireException.BadRequest("The body is not valid JSON.");
        }
    }

    private static readonly JsonSerializerOptions WireJson = new() { WriteIndented = false };

    private static Task WriteAsync(HttpContext context, int status, JsonNode answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(answer.ToJsonString(WireJson), context.RequestAborted);
    }
}
