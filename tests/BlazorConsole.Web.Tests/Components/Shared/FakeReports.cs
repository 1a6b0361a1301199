using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Reports;

namespace BlazorConsole.Web.Tests.Components.Shared;

/// <summary>In-memory report rows and files for the reports page, with switchable settings and failures on demand.</summary>
public sealed class FakeReports : IReportListStore, IProtectionReportStore, IReportFileStore, IMultitenancySettings
{
    private readonly List<ProtectionReport> _reports = [];

    public MultitenancyOptions Current { get; } = new() { EnableProtectionReports = true };

    public int ListCalls { get; private set; }

    public int FailNextLists { get; set; }

    public TaskCompletionSource? ListGate { get; set; }

    public ProtectionReport Add(Guid? tenantId, string? tenantName, DateTime expires)
    {
        var report = new ProtectionReport
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            TenantName = tenantName,
            From = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            To = new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc),
            Created = expires.AddHours(-24),
            Expires = expires,
            Rows = 12,
            SizeBytes = 2048,
            TaskId = Guid.NewGuid(),
        };
        _reports.Add(report);
        return report;
    }

    public async Task<Page<ProtectionReport>> ListAvailableAsync(DateTime now, IReadOnlyCollection<Guid>? tenantIds, int skip, int take, CancellationToken cancellationToken)
    {
        ListCalls++;
        if (ListGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNextLists > 0)
        {
            FailNextLists--;
            throw new InvalidOperationException("disk I/O error (secret detail)");
        }

        var rows = _reports.Where(r => r.Expires > now && (tenantIds is null || (r.TenantId is { } id && tenantIds.Contains(id)))).OrderByDescending(r => r.Created).ToList();
        return new Page<ProtectionReport>([.. rows.Skip(skip).Take(take)], rows.Count);
    }

    public Task AddAsync(ProtectionReport report, CancellationToken cancellationToken)
    {
        _reports.Add(report);
        return Task.CompletedTask;
    }

    public Task<ProtectionReport?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_reports.FirstOrDefault(r => r.Id == id));

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_reports.RemoveAll(r => r.Id == id) > 0);

    public Task<IReadOnlyList<Guid>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>([.. _reports.Where(r => r.Expires <= now).Select(r => r.Id).Take(limit)]);

    public Stream CreateTemporary(Guid reportId) => new MemoryStream();

    public long Commit(Guid reportId) => 0;

    public string? Find(Guid reportId) => null;

    public void Delete(Guid reportId)
    {
    }
}
