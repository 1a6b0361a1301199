using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BlazorConsole.Clients.Common;
using BlazorConsole.Clients.Ksc.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Clients.Ksc;

/// <summary>
/// Sends KSC Open API calls to one endpoint through a leased <see cref="KscTransport"/>: sign-in
/// (<c>Session.StartSession</c> with <c>KSCBasic</c>), calls with <c>X-KSC-Session</c>, and the mapping of every
/// outcome to a <see cref="Result"/>. Holds the endpoint's password in memory only; never logs or prints it.
/// </summary>
internal sealed class KscChannel(KscTransport transport, KscEndpoint endpoint, KscClientOptions options) : IDisposable
{
    private const string SessionHeader = "X-KSC-Session";
    private const string VirtualServerHeader = "X-KSC-VServer";

    /// <summary>The text of the 401 with which KSC asks for the second step of a two-step sign-in.</summary>
    private const string TwoStepPending = "Authentication not finished";
    private int _disposed;

    /// <summary>The outcome of the transport's most recent certificate check (for the trust window).</summary>
    public CertificateCheck LastCertificateCheck => transport.Validator.LastCheck;

    public KscClientOptions Options => options;

    /// <summary>Signs in (to the main server, or the virtual server named <paramref name="virtualServer"/>) and returns the session id.</summary>
    public Task<Result<string>> StartSessionAsync(string? virtualServer, CancellationToken cancellationToken) =>
        StartSessionAsync(virtualServer, twoStepCode: null, cancellationToken);

    /// <summary>
    /// Signs in like <see cref="StartSessionAsync(string?, CancellationToken)"/>; when the account asks for two-step
    /// verification, sends <paramref name="twoStepCode"/> (<c>KSCMFA totp="…"</c>) on the same connection.
    /// </summary>
    public async Task<Result<string>> StartSessionAsync(string? virtualServer, string? twoStepCode, CancellationToken cancellationToken)
    {
        const string Method = "Session.StartSession";
        var answer = await SignInAsync(Method, KscAuthorization.Basic(endpoint.UserName, endpoint.Password), virtualServer, cancellationToken);
        if (!answer.IsSuccess && answer.Error.Code == HierarchyErrors.TwoStepCodeRequiredCode && twoStepCode is not null)
        {
            answer = await SignInAsync(Method, KscAuthorization.TwoStep(twoStepCode), virtualServer, cancellationToken);
            if (!answer.IsSuccess && answer.Error.Code == KscErrors.CredentialsRejectedCode)
            {
                return HierarchyErrors.TwoStepCodeRejected();
            }
        }

        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var sessionId = KscWireJson.AsString(answer.Value["PxgRetVal"]);
        return string.IsNullOrEmpty(sessionId)
            ? KscErrors.CallFailed(Method, "the answer holds no session id")
            : sessionId;
    }

    private async Task<Result<JsonObject>> SignInAsync(string method, string authorization, string? virtualServer, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, new JsonObject(), sessionId: null);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (virtualServer is not null)
        {
            request.Headers.TryAddWithoutValidation(VirtualServerHeader, KscAuthorization.VirtualServer(virtualServer));
        }

        return await SendAsync(method, "The session", request, signIn: true, cancellationToken);
    }

    /// <summary>Ends a session; failures are ignored (the session expires on the server anyway).</summary>
    public async Task EndSessionAsync(string sessionId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(options.RequestTimeout);
            await CallAsync("Session.EndSession", [], sessionId, "The session", timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The server drops the session when it expires.
        }
    }

    /// <summary>Calls <paramref name="method"/> in a session; <paramref name="subject"/> names the object for "not found" errors.</summary>
    public async Task<Result<JsonObject>> CallAsync(string method, JsonObject parameters, string sessionId, string subject, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, parameters, sessionId);
        return await SendAsync(method, subject, request, signIn: false, cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            transport.Release();
        }
    }

    private HttpRequestMessage NewRequest(string method, JsonObject parameters, string? sessionId)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.BaseAddress, "api/v1.0/" + method))
        {
            Content = new StringContent(parameters.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        if (sessionId is not null)
        {
            request.Headers.TryAddWithoutValidation(SessionHeader, sessionId);
        }

        return request;
    }

    private async Task<Result<JsonObject>> SendAsync(string method, string subject, HttpRequestMessage request, bool signIn, CancellationToken cancellationToken)
    {
        var client = KscCallSafety.IsSafeToRepeat(method) ? transport.Reads : transport.Writes;
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(options.TotalRequestTimeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, total.Token);
            var body = await response.Content.ReadAsStringAsync(total.Token);
            return Interpret(method, subject, response.StatusCode, body, signIn);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && KscFailures.FromException(exception, transport.Validator.LastCheck, options) is { } error)
        {
            return error;
        }
    }

    private static Result<JsonObject> Interpret(string method, string subject, HttpStatusCode status, string body, bool signIn)
    {
        if (signIn && status == HttpStatusCode.Unauthorized && body.Contains(TwoStepPending, StringComparison.OrdinalIgnoreCase))
        {
            return HierarchyErrors.TwoStepCodeRequired();
        }

        if (signIn && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return KscErrors.CredentialsRejected();
        }

        JsonObject? answer = null;
        try
        {
            answer = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            // Not JSON: judged by the status below.
        }

        if (answer?["PxgError"] is JsonObject pxgError)
        {
            return KscPxgCodes.ToError(
                method,
                subject,
                (int)(KscWireJson.AsLong(pxgError["code"]) ?? 0),
                KscWireJson.AsString(pxgError["module"]),
                KscWireJson.AsString(pxgError["message"]));
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return KscErrors.CallFailed(method, $"the session is no longer valid ({KscFailures.Status(status)})");
        }

        if (status != HttpStatusCode.OK)
        {
            return KscErrors.CallFailed(method, $"the server answered {KscFailures.Status(status)}");
        }

        return answer ?? (Result<JsonObject>)KscErrors.CallFailed(method, "the answer is not a KSC Open API JSON object");
    }
}
