namespace BlazorConsole.Core.Reports;

/// <summary>A report ready to be sent: its row, the file's full path and the name the browser saves it as.</summary>
public sealed record ReportDownload(ProtectionReport Report, string Path, string FileName);
