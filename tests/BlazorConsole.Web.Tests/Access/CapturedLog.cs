using Microsoft.Extensions.Logging;
namespace BlazorConsole.Web.Tests.Access;

public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values, string? Exception)
{
    /// <summary>Everything the entry holds as text: message, structured values, exception.</summary>
    public string AllText => string.Join("\n", [Message, .. Values.Select(v => $"{v.Key}={v.Value}"), Exception ?? ""]);
}
