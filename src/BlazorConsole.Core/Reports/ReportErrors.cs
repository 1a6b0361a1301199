using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Reports;

public static class ReportErrors
{
    /// <summary>Unknown, expired or malformed report id (decision: the seed gives only the status, 404).</summary>
    public const string NotFoundCode = "VIRMT_ReportWithSpecifiedIdNotFound";

    /// <summary>The Accept header asks for something other than CSV (the seed's 415; decision for the code).</summary>
    public const string UnsupportedFormatCode = "VIRMT_UnsupportedReportFormat";

    public static Error NotFound(string id) =>
        Error.NotFound(NotFoundCode, $"A report with the identifier {id} is not found or has expired.");

    public static Error UnsupportedFormat { get; } =
        new(UnsupportedFormatCode, "Reports are available only as application/csv.", ErrorKind.NotAcceptable);
}
