using System.Globalization;
using System.Text;

namespace BlazorConsole.Core.Reports;

/// <summary>The download name: <c>protection-report_{tenant name or all-tenants}_{from}-{to}.csv</c>, safe on every OS.</summary>
public static class ReportFileName
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmss";

    public static string For(ProtectionReport report)
    {
        var who = report.TenantId is null ? "all-tenants" : Sanitise(report.TenantName ?? report.TenantId.Value.ToString());
        var from = report.From.ToString(TimeFormat, CultureInfo.InvariantCulture);
        var to = report.To.ToString(TimeFormat, CultureInfo.InvariantCulture);
        return $"protection-report_{who}_{from}-{to}.csv";
    }

    /// <summary>Letters, digits, '-' and '_' are kept; every other run of characters becomes one '_'.</summary>
    public static string Sanitise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            var keep = char.IsLetterOrDigit(c) || c is '-' or '_';
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var text = builder.ToString().Trim('_');
        return text.Length == 0 ? "tenant" : text[..Math.Min(text.Length, 64)];
    }
}
