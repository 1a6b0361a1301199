using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BlazorConsole.Clients.Mdr.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;
using Polly.Timeout;

namespace BlazorConsole.Clients.Mdr;

public sealed partial class MdrClient
{
    private const int MaxTokenLength = 16 * 1024;
    private const int MaxTenantNameLength = 256;

    /// <summary>How one call is sent and how its refusals read.</summary>
    /// <param name="IsExchange">True for <c>session/confirm</c>: sent once, refusals mean the refresh token was rejected.</param>
    /// <param name="Secret">The token in the request, kept out of error details.</param>
    /// <param name="What">What the call does ("list incidents"), for AccessDenied.</param>
    /// <param name="Subject">What it is about ("Incident 42"), for NotFound.</param>
    private sealed record CallKind(bool IsExchange, string Secret, string What, string Subject);

    private static CallKind Exchange(string refreshToken) => new(true, refreshToken, "exchange the refresh token", "The MDR API");

    private static CallKind Call(string what, string subject) => new(false, string.Empty, what, subject);

    private async Task<Result<T>> SendAsync<T>(MdrEndpoint endpoint, string path, object body, string? token, CallKind kind, CancellationToken cancellationToken)
    {
        var address = Address(endpoint, path);
        var pinned = Transport.IsPinned(address);
        int status;
        string text;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, address);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            request.Content = new StringContent(JsonSerializer.Serialize(body, MdrWireJson.Options), Encoding.UTF8, "application/json");
            using var response = await Transport.For(address, safeToRepeat: !kind.IsExchange).SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return MdrFailures.FromException(exception, pinned);
        }

        if (status != 200)
        {
            return kind.IsExchange
                ? MdrFailures.FromExchange(status, text, kind.Secret)
                : MdrFailures.FromCall(status, text, token ?? string.Empty, kind.What, kind.Subject);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, MdrWireJson.Options);
            return value is null ? MdrErrors.InvalidResponse("an empty answer") : value;
        }
        catch (JsonException)
        {
            return MdrErrors.InvalidResponse("the answer is not the expected JSON");
        }
    }

    /// <summary><c>{base}/{client_id}/{path}</c>, the client id escaped.</summary>
    private static Uri Address(MdrEndpoint endpoint, string path) =>
        new(endpoint.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + Uri.EscapeDataString(endpoint.ClientId.Trim()) + "/" + path);

    private static Error? CheckEndpoint(MdrEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.BaseUrl is not { IsAbsoluteUri: true } url || url.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            return MdrErrors.InvalidInput("The MDR base URL must be an absolute https address without query, e.g. https://mdr.kaspersky.com/api/v1.");
        }

        var clientId = endpoint.ClientId?.Trim();
        return string.IsNullOrEmpty(clientId) || clientId.Length > MdrEndpoint.ClientIdMaxLength || clientId.Any(character => char.IsControl(character) || char.IsWhiteSpace(character))
            ? MdrErrors.InvalidInput(FormattableString.Invariant($"The Client ID is required: up to {MdrEndpoint.ClientIdMaxLength} characters without spaces, as MDR shows it."))
            : null;
    }

    private static Error? CheckCall(MdrEndpoint endpoint, string accessToken) =>
        CheckEndpoint(endpoint)
        ?? (string.IsNullOrWhiteSpace(accessToken) || accessToken.Length > MaxTokenLength || accessToken.Any(char.IsControl)
            ? MdrErrors.InvalidInput("The access token is empty or not a token.")
            : null);

    private static Error? CheckQuery(MdrIncidentQuery query)
    {
        if (query.Page < 1)
        {
            return MdrErrors.InvalidInput("Incident pages start at 1.");
        }

        return query.PageSize is < 1 or > MdrIncidentQuery.MaxPageSize
            ? MdrErrors.InvalidInput(FormattableString.Invariant($"An incident page holds 1 to {MdrIncidentQuery.MaxPageSize} incidents."))
            : CheckTenants(query.TenantNames);
    }

    private static Error? CheckTenants(IReadOnlyList<string>? tenantNames) =>
        tenantNames is not null && tenantNames.Any(name => string.IsNullOrWhiteSpace(name) || name.Length > MaxTenantNameLength)
            ? MdrErrors.InvalidInput("An MDR tenant name is not empty and at most 256 characters.")
            : null;

    private static Error? CheckIncidentId(string incidentId) =>
        string.IsNullOrWhiteSpace(incidentId) || incidentId.Length > 256
            ? MdrErrors.InvalidInput("An incident id is not empty and at most 256 characters.")
            : null;
}
