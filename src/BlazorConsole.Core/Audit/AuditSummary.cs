using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlazorConsole.Core.Audit;

/// <summary>Turns a before/after summary into short JSON (nulls left out), cut to <see cref="AuditEntry.SummaryMaxLength"/>.</summary>
public static class AuditSummary
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string? ToJson(object? summary)
    {
        if (summary is null)
        {
            return null;
        }

        var json = summary as string ?? JsonSerializer.Serialize(summary, summary.GetType(), Options);
        return json.Length <= AuditEntry.SummaryMaxLength ? json : json[..(AuditEntry.SummaryMaxLength - 1)] + "…";
    }
}
