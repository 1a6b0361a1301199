using Microsoft.Net.Http.Headers;

namespace BlazorConsole.Web.Api.Reports;

/// <summary>
/// Whether a download's <c>Accept</c> allows CSV: absent or empty, or any listed type among
/// <c>application/csv</c>, <c>application/*</c> and <c>*/*</c>, whatever its q-value.
/// </summary>
internal static class CsvAccept
{
    public const string MediaType = "application/csv";

    public static bool Allows(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return false;
        }

        return types.Any(t =>
            t.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)
            || t.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || t.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase));
    }
}
