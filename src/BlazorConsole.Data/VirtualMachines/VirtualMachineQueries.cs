using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Data.Common;
using BlazorConsole.Data.Protection;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.VirtualMachines;

/// <summary>
/// The tenant detail page's reads: the VM page (filtered on IX_VirtualMachines_TenantId_Name), a BIOS ID's
/// periods (IX_ProtectionPeriods_BiosId_Start) and the protected VMs per day, counted in SQL.
/// </summary>
internal sealed class VirtualMachineQueries(IDbContextFactory<ConsoleDbContext> factory) : IVirtualMachineQueries
{
    public async Task<Page<VirtualMachine>> ListAsync(VirtualMachineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var vms = db.VirtualMachines.AsNoTracking().Where(v => v.TenantId == query.TenantId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var key = query.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL UPPER(), not run in .NET
            vms = vms.Where(v => (v.Name != null && v.Name.ToUpper().Contains(key)) || v.BiosId.ToString().ToUpper().Contains(key));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await vms.CountAsync(cancellationToken);
        vms = (query.Sort, query.Descending) switch
        {
            (VirtualMachineSort.BiosId, false) => vms.OrderBy(v => v.BiosId),
            (VirtualMachineSort.BiosId, true) => vms.OrderByDescending(v => v.BiosId),
            (VirtualMachineSort.Created, false) => vms.OrderBy(v => v.Created).ThenBy(v => v.BiosId),
            (VirtualMachineSort.Created, true) => vms.OrderByDescending(v => v.Created).ThenBy(v => v.BiosId),
            (_, false) => vms.OrderBy(v => v.Name).ThenBy(v => v.BiosId),
            (_, true) => vms.OrderByDescending(v => v.Name).ThenBy(v => v.BiosId),
        };
        var page = await vms.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        return new Page<VirtualMachine>(page, total);
    }

    public async Task<IReadOnlyList<ProtectionPeriod>> PeriodsAsync(Guid biosId, DateTime from, DateTime to, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectionPeriods.AsNoTracking()
            .Where(p => p.BiosId == biosId && p.Start < to && (p.End == null || p.End > from))
            .OrderBy(p => p.Start)
            .Take(Math.Max(1, limit))
            .ToListAsync(cancellationToken);
    }

    public async Task<Guid?> TenantOfAsync(Guid biosId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.VirtualMachines.AsNoTracking().Where(v => v.BiosId == biosId).Select(v => (Guid?)v.TenantId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProtectedVmsPerDay>> ProtectedPerDayAsync(Guid tenantId, DateOnly firstDay, int days, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = SqlValues.For(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = values.IsSqlite ? ProtectedPerDaySql.Sqlite : ProtectedPerDaySql.PostgreSql;
            var first = firstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            SqlValues.Add(command, "@tenantId").Value = values.Guid(tenantId);
            SqlValues.Add(command, "@first").Value = values.Time(first);
            SqlValues.Add(command, "@days").Value = days;
            var counts = new int[days];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var day = reader.GetInt32(0);
                if (day >= 0 && day < days)
                {
                    counts[day] = reader.GetInt32(1);
                }
            }

            return [.. counts.Select((count, day) => new ProtectedVmsPerDay(firstDay.AddDays(day), count))];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
