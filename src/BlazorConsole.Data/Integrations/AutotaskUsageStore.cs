using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Data.Common;
using BlazorConsole.Data.Protection;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Integrations;

/// <summary>
/// Protected days counted in the database (a recursive list of the month's days joined to the periods of the tenants'
/// VMs, distinct days per VM) and the push records, whose unique (integration, month, tenant) row is the claim.
/// </summary>
internal sealed class AutotaskUsageStore(IDbContextFactory<ConsoleDbContext> factory) : IAutotaskUsageStore
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>
    /// The query. <c>days</c> numbers the days from <c>@from</c>; a period counts on day n when it starts before the
    /// day's end (capped at <c>@to</c>) and ends after its start. SQLite stores times as ticks, PostgreSQL as timestamps.
    /// </summary>
    internal static string SqlFor(bool sqlite, int tenantCount)
    {
        var dayStart = sqlite ? "@from + d.n * @day" : "@from + d.n * INTERVAL '1 day'";
        var dayEnd = sqlite ? "MIN(@from + (d.n + 1) * @day, @to)" : "LEAST(@from + (d.n + 1) * INTERVAL '1 day', @to)";
        var tenants = string.Join(", ", Enumerable.Range(0, tenantCount).Select(i => $"@t{i}"));
        return $"""
            WITH RECURSIVE days(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM days WHERE n + 1 < @count)
            SELECT v."TenantId", p."BiosId", MAX(COALESCE(p."VmName", v."Name")), COUNT(DISTINCT d.n)
            FROM "VirtualMachines" AS v
            JOIN "ProtectionPeriods" AS p ON p."BiosId" = v."BiosId"
            JOIN days AS d ON p."Start" < {dayEnd} AND (p."End" IS NULL OR p."End" > {dayStart})
            WHERE v."TenantId" IN ({tenants}) AND p."Start" < @to AND (p."End" IS NULL OR p."End" > @from)
            GROUP BY v."TenantId", p."BiosId"
            """;
    }

    public async Task<IReadOnlyList<VmProtectedDays>> CountProtectedDaysAsync(IReadOnlyCollection<Guid> tenantIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantIds);
        if (tenantIds.Count == 0 || to <= from)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = SqlValues.For(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = SqlFor(values.IsSqlite, tenantIds.Count);
        SqlValues.Add(command, "@from").Value = values.Time(from);
        SqlValues.Add(command, "@to").Value = values.Time(to);
        SqlValues.Add(command, "@count").Value = (int)Math.Ceiling((to - from) / Day);
        if (values.IsSqlite)
        {
            SqlValues.Add(command, "@day").Value = Day.Ticks;
        }

        var index = 0;
        foreach (var tenantId in tenantIds)
        {
            SqlValues.Add(command, $"@t{index++}").Value = values.Guid(tenantId);
        }

        var rows = new List<VmProtectedDays>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new VmProtectedDays(
                values.ReadGuid(reader, 0),
                values.ReadGuid(reader, 1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<UsagePeriod>> ListPeriodsAsync(Guid tenantId, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from v in db.VirtualMachines
            join p in db.ProtectionPeriods on v.BiosId equals p.BiosId
            where v.TenantId == tenantId && p.Start < to && (p.End == null || p.End > @from)
            orderby v.Name, p.BiosId, p.Start
            select new { p.BiosId, Name = p.VmName ?? v.Name, p.Start, p.End })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UsagePeriod(r.BiosId, r.Name, r.Start < @from ? @from : r.Start, r.End is { } end ? (end < to ? end : to) : null))];
    }

    public async Task<IReadOnlyList<AutotaskUsagePush>> ListPushesAsync(Guid integrationId, DateTime month, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.AutotaskUsagePushes.AsNoTracking()
            .Where(p => p.IntegrationId == integrationId && p.Month == month)
            .ToListAsync(cancellationToken);
    }

    public async Task<AutotaskUsagePush?> ClaimAsync(AutotaskUsagePush push, DateTime staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // take over a failed (or abandoned) attempt with the figures computed now; the condition makes it one winner
        var taken = await db.AutotaskUsagePushes
            .Where(p => p.IntegrationId == push.IntegrationId && p.Month == push.Month && p.TenantId == push.TenantId
                && (p.State == AutotaskUsagePushState.Failed || (p.State == AutotaskUsagePushState.Pending && p.Created < staleBefore)))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(p => p.State, AutotaskUsagePushState.Pending)
                    .SetProperty(p => p.Created, push.Created)
                    .SetProperty(p => p.Units, push.Units)
                    .SetProperty(p => p.VmCount, push.VmCount)
                    .SetProperty(p => p.CompanyId, push.CompanyId)
                    .SetProperty(p => p.ContractId, push.ContractId)
                    .SetProperty(p => p.ContractServiceId, push.ContractServiceId)
                    .SetProperty(p => p.PushedBy, push.PushedBy),
                cancellationToken);
        if (taken > 0)
        {
            return await db.AutotaskUsagePushes.AsNoTracking()
                .FirstAsync(p => p.IntegrationId == push.IntegrationId && p.Month == push.Month && p.TenantId == push.TenantId, cancellationToken);
        }

        if (await db.AutotaskUsagePushes.AnyAsync(p => p.IntegrationId == push.IntegrationId && p.Month == push.Month && p.TenantId == push.TenantId, cancellationToken))
        {
            return null;
        }

        db.AutotaskUsagePushes.Add(push);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return push;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return null;
        }
    }

    public async Task CompleteAsync(AutotaskUsagePush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AutotaskUsagePushes.Update(push);
        await db.SaveChangesAsync(cancellationToken);
    }
}
