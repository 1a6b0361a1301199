namespace BlazorConsole.Core.Reports;

/// <summary>A report that can be downloaded now, with the name the browser saves it as.</summary>
public sealed record AvailableReport(ProtectionReport Report, string FileName);
