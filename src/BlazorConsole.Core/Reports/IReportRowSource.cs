namespace BlazorConsole.Core.Reports;

/// <summary>Streams a report's rows from the store, ordered by start then BIOS ID; never the whole report in memory.</summary>
public interface IReportRowSource
{
    IAsyncEnumerable<ReportRow> StreamAsync(ReportQuery query, CancellationToken cancellationToken);
}
