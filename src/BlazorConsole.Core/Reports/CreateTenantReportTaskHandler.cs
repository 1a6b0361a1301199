using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Reports;

/// <summary>
/// Runs a CreateTenantReport task: resolve the range and the tenant, then stream the rows into
/// <c>reports/{reportId}.csv</c> and record the report. The report id is the task's id (decision), so an
/// undo after a crash finds the half-written file from the task alone. The result is the report id.
/// </summary>
public sealed class CreateTenantReportTaskHandler(
    ITenantStore tenants,
    IProtectionPeriodStore periods,
    IReportRowSource rows,
    IProtectionReportStore reports,
    IReportFileStore files,
    IMultitenancySettings settings,
    TimeProvider time) : ITaskHandler
{
    private const string FromKey = "from";
    private const string ToKey = "to";
    private const string TenantNameKey = "tenantName";

    public string Type => TaskTypes.CreateTenantReport;

    public IReadOnlyList<TaskStep> Plan(TaskContext context) =>
    [
        new("Resolving the reporting range", ResolveAsync),
        new("Writing the report file", WriteAsync, UndoWriteAsync),
    ];

    private async Task<Result> ResolveAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var input = context.Input<CreateTenantReportInput>();
        if (input.TenantId is { } tenantId)
        {
            if (await tenants.GetAsync(tenantId, cancellationToken) is not { } tenant)
            {
                return TenantErrors.NotFound(tenantId);
            }

            context.Set(TenantNameKey, tenant.Name);
        }

        var earliest = input.From is null ? await periods.EarliestStartAsync(cancellationToken) : null;
        var range = ReportRange.Resolve(input.From, input.To, earliest, time.GetUtcNow().UtcDateTime);
        context.Set(FromKey, range.From.Ticks.ToString(CultureInfo.InvariantCulture));
        context.Set(ToKey, range.To.Ticks.ToString(CultureInfo.InvariantCulture));
        return Result.Success();
    }

    private async Task<Result> WriteAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var input = context.Input<CreateTenantReportInput>();
        var range = new ReportRange(Ticks(context.Get(FromKey)), Ticks(context.Get(ToKey)));
        var reportId = context.Current.Id;
        long count;
        await using (var stream = files.CreateTemporary(reportId))
        {
            await using var writer = new ReportCsvWriter(stream, range);
            await foreach (var row in rows.StreamAsync(new ReportQuery(input.TenantId, range), cancellationToken))
            {
                writer.Write(row);
            }

            await writer.FlushAsync(cancellationToken);
            count = writer.Rows;
        }

        var size = files.Commit(reportId);
        var created = time.GetUtcNow().UtcDateTime;
        await reports.AddAsync(
            new ProtectionReport
            {
                Id = reportId,
                TenantId = input.TenantId,
                TenantName = context.Get(TenantNameKey),
                From = range.From,
                To = range.To,
                Created = created,
                Expires = created.AddHours(settings.Current.ReportLifetimeHours),
                SizeBytes = size,
                Rows = count,
                TaskId = context.Current.Id,
            },
            cancellationToken);
        await context.ReportProgressAsync(100, cancellationToken);
        context.SetResult(reportId.ToString());
        return Result.Success();
    }

    private async Task UndoWriteAsync(TaskContext context, CancellationToken cancellationToken)
    {
        await reports.DeleteAsync(context.Current.Id, cancellationToken);
        files.Delete(context.Current.Id);
    }

    private static DateTime Ticks(string? text) =>
        new(long.Parse(text ?? throw new InvalidOperationException("The reporting range was not resolved."), CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
