using BlazorConsole.Core.Reports;

namespace BlazorConsole.Web.Reports;

/// <summary>Report files as <c>{DataFolder}/reports/{reportId}.csv</c>, written as <c>{reportId}.csv.tmp</c> first.</summary>
internal sealed class ReportFileStore(string folder) : IReportFileStore
{
    public string Folder { get; } = folder;

    public Stream CreateTemporary(Guid reportId)
    {
        Directory.CreateDirectory(Folder);

        // the CSV writer buffers 64 KiB itself, so the file stream does not buffer again
        return new FileStream(TemporaryPath(reportId), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    public long Commit(Guid reportId)
    {
        var path = FinalPath(reportId);
        File.Move(TemporaryPath(reportId), path, overwrite: true);
        return new FileInfo(path).Length;
    }

    public string? Find(Guid reportId)
    {
        var path = FinalPath(reportId);
        return File.Exists(path) ? path : null;
    }

    public void Delete(Guid reportId)
    {
        File.Delete(FinalPath(reportId));
        File.Delete(TemporaryPath(reportId));
    }

    private string FinalPath(Guid reportId) => Path.Combine(Folder, $"{reportId:D}.csv");

    private string TemporaryPath(Guid reportId) => Path.Combine(Folder, $"{reportId:D}.csv.tmp");
}
