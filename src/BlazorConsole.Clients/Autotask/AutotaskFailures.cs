using System.Net;
using System.Text.Json;
using BlazorConsole.Clients.Autotask.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask;

/// <summary>Turns Autotask's answers and transport failures into <see cref="AutotaskErrors"/>.</summary>
internal static class AutotaskFailures
{
    private const int MaxDetailLength = 500;

    /// <summary>The error for a non-success answer (401 is mapped by the caller after the zone re-read).</summary>
    public static Error FromResponse(HttpStatusCode status, string body, string what)
    {
        var detail = Detail(body);
        return (int)status switch
        {
            401 => AutotaskErrors.CredentialsRejected(),
            403 => AutotaskErrors.PermissionDenied(detail),
            404 => AutotaskErrors.NotFound(what),
            405 => AutotaskErrors.RequestRejected(detail),
            429 => AutotaskErrors.Throttled("HTTP 429"),
            500 when AutotaskTransport.IsThreadLimit(body) => AutotaskErrors.Throttled("thread limit"),
            500 when detail.Contains("adequate permission", StringComparison.OrdinalIgnoreCase) => AutotaskErrors.PermissionDenied(detail),
            500 when HasErrors(body) => AutotaskErrors.RequestRejected(detail),
            _ => AutotaskErrors.ServerError((int)status),
        };
    }

    /// <summary>The error for a request that got no answer.</summary>
    public static Error FromException(Exception exception) => exception switch
    {
        HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException } =>
            AutotaskErrors.Unreachable("the server's TLS certificate is not trusted"),
        HttpRequestException failure => AutotaskErrors.Unreachable(failure.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "the host name cannot be resolved",
            HttpRequestError.ConnectionError => "the connection was refused or lost",
            _ => "the request failed before an answer arrived",
        }),
        _ => AutotaskErrors.Unreachable("no answer in time"),
    };

    /// <summary>The <c>errors</c> strings joined, the 405 <c>Message</c>, or a cut of the raw text.</summary>
    public static string Detail(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "no details";
        }

        try
        {
            var errors = JsonSerializer.Deserialize<ErrorsDto>(body, AutotaskWireJson.Options);
            if (errors?.Errors is { Count: > 0 } list)
            {
                return Cut(string.Join(" ", list));
            }

            if (!string.IsNullOrWhiteSpace(errors?.Message))
            {
                return Cut(errors.Message);
            }
        }
        catch (JsonException)
        {
        }

        return "no details";
    }

    private static bool HasErrors(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ErrorsDto>(body, AutotaskWireJson.Options)?.Errors is { Count: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Cut(string text) => text.Length <= MaxDetailLength ? text : text[..MaxDetailLength] + "…";
}
