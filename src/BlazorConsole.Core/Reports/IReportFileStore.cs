namespace BlazorConsole.Core.Reports;

/// <summary>The report files in the data folder: written under a temporary name, then renamed into place.</summary>
public interface IReportFileStore
{
    /// <summary>Creates (or truncates) the temporary file of a report, for writing.</summary>
    Stream CreateTemporary(Guid reportId);

    /// <summary>Moves the temporary file to its final name; returns its size in bytes.</summary>
    long Commit(Guid reportId);

    /// <summary>The final file's full path, or null when it does not exist.</summary>
    string? Find(Guid reportId);

    /// <summary>Deletes the final and the temporary file, whichever exist.</summary>
    void Delete(Guid reportId);
}
