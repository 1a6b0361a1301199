using System.Runtime.CompilerServices;
using BlazorConsole.Core.Reports;
using BlazorConsole.Data.Common;
using BlazorConsole.Data.Protection;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Reports;

/// <summary>
/// Reads report rows with one raw query and a forward-only <see cref="System.Data.Common.DbDataReader"/>:
/// periods overlapping the range, joined to VMs by BIOS ID and to their tenants, ordered by start then
/// BIOS ID. The VM name is the one the SVM sent, else the registered one.
/// </summary>
internal sealed class ReportRowSource(IDbContextFactory<ConsoleDbContext> factory) : IReportRowSource
{
    /// <summary>
    /// The query. On SQLite, <c>+</c> keeps the planner off the start index: walking it in order reads every
    /// period that started before <c>to</c> (all of history for a recent report). With it, the planner takes
    /// the end index (periods still open or ended after <c>from</c>) or, for one tenant, its VMs' periods by
    /// BIOS ID, and sorts the matching rows: on 10,000,000 periods a 30-day report went from 36 s to 5 s.
    /// </summary>
    internal static string SqlFor(bool sqlite, bool oneTenant)
    {
        var start = sqlite ? "+p.\"Start\"" : "p.\"Start\"";
        return $"""
            SELECT v."TenantId", t."Name", p."BiosId", COALESCE(p."VmName", v."Name"), p."Start", p."End"
            FROM "ProtectionPeriods" AS p
            LEFT JOIN "VirtualMachines" AS v ON v."BiosId" = p."BiosId"
            LEFT JOIN "Tenants" AS t ON t."Id" = v."TenantId"
            WHERE {start} < @to AND (p."End" IS NULL OR p."End" > @from){(oneTenant ? " AND v.\"TenantId\" = @tenantId" : string.Empty)}
            ORDER BY {start}, p."BiosId"
            """;
    }

    public async IAsyncEnumerable<ReportRow> StreamAsync(ReportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = SqlValues.For(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqlFor(values.IsSqlite, query.TenantId is not null);
        SqlValues.Add(command, "@from").Value = values.Time(query.Range.From);
        SqlValues.Add(command, "@to").Value = values.Time(query.Range.To);
        if (query.TenantId is { } tenantId)
        {
            SqlValues.Add(command, "@tenantId").Value = values.Guid(tenantId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Guid? lastTenantId = null;
        string? lastTenantName = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            Guid? tenant = null;
            string? tenantName = null;
            if (!reader.IsDBNull(0))
            {
                tenant = values.ReadGuid(reader, 0);
                if (tenant != lastTenantId)
                {
                    lastTenantId = tenant;
                    lastTenantName = reader.IsDBNull(1) ? null : reader.GetString(1);
                }

                tenantName = lastTenantName;
            }

            yield return new ReportRow(
                tenant,
                tenantName,
                values.ReadGuid(reader, 2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                values.ReadTime(reader, 4),
                reader.IsDBNull(5) ? null : values.ReadTime(reader, 5));
        }
    }
}
