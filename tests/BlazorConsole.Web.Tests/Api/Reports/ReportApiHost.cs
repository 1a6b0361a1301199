using System.Text;
using BlazorConsole.Core.Reports;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Api.Reports;

/// <summary>A console whose report file store can lose a file between lookup and download; reports are added directly.</summary>
public sealed class ReportApiHost : IDisposable
{
    private VanishingReportFileStore? _files;

    public ReportApiHost() =>
        Factory.TestServices.Add(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IReportFileStore));
            services.AddSingleton<IReportFileStore>(sp =>
                _files = new VanishingReportFileStore((IReportFileStore)original.ImplementationFactory!(sp)));
        });

    public ConsoleFactory Factory { get; } = new();

    /// <summary>A report of every VM, valid for an hour, whose file holds <paramref name="csv"/>.</summary>
    public async Task<Guid> AddReportAsync(string csv)
    {
        var files = Factory.Services.GetRequiredService<IReportFileStore>();
        var id = Guid.CreateVersion7();
        await using (var stream = files.CreateTemporary(id))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(csv));
        }

        var size = files.Commit(id);
        var now = DateTime.UtcNow;
        await Factory.Services.GetRequiredService<IProtectionReportStore>().AddAsync(
            new ProtectionReport
            {
                Id = id,
                From = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                To = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
                Created = now,
                Expires = now.AddHours(1),
                SizeBytes = size,
                Rows = csv.Count(c => c == '\n'),
                TaskId = Guid.CreateVersion7(),
            },
            CancellationToken.None);
        return id;
    }

    /// <summary>The report's file will be deleted by the next lookup, before the download opens it.</summary>
    public void VanishOnLookup(Guid reportId)
    {
        Assert.NotNull(_files);
        _files.Vanishing[reportId] = true;
    }

    public void Dispose() => Factory.Dispose();
}
