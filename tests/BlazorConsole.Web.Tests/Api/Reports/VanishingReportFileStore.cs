using System.Collections.Concurrent;
using BlazorConsole.Core.Reports;

namespace BlazorConsole.Web.Tests.Api.Reports;

/// <summary>
/// The real file store, except that the reports named in <see cref="Vanishing"/> lose their file right after
/// it is found: what retention does when it runs between a download's lookup and the file being opened.
/// </summary>
internal sealed class VanishingReportFileStore(IReportFileStore inner) : IReportFileStore
{
    public ConcurrentDictionary<Guid, bool> Vanishing { get; } = new();

    public Stream CreateTemporary(Guid reportId) => inner.CreateTemporary(reportId);

    public long Commit(Guid reportId) => inner.Commit(reportId);

    public string? Find(Guid reportId)
    {
        var path = inner.Find(reportId);
        if (path is not null && Vanishing.ContainsKey(reportId))
        {
            File.Delete(path);
        }

        return path;
    }

    public void Delete(Guid reportId) => inner.Delete(reportId);
}
