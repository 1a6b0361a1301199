namespace BlazorConsole.Data.VirtualMachines;

/// <summary>
/// Protected VMs per UTC day of one tenant, in one statement: a recursive series of day numbers and, per day,
/// a COUNT(DISTINCT BiosId) of the tenant's VMs with a period overlapping that day (start before the day's end,
/// end after its start or still open). SQLite stores times as ticks, PostgreSQL as timestamps.
/// </summary>
internal static class ProtectedPerDaySql
{
    public const string Sqlite =
        """
        WITH RECURSIVE "Days"("N") AS (SELECT 0 UNION ALL SELECT "N" + 1 FROM "Days" WHERE "N" + 1 < @days)
        SELECT d."N",
               (SELECT COUNT(DISTINCT p."BiosId")
                FROM "VirtualMachines" v
                JOIN "ProtectionPeriods" p ON p."BiosId" = v."BiosId"
                WHERE v."TenantId" = @tenantId
                  AND p."Start" < @first + (d."N" + 1) * 864000000000
                  AND (p."End" IS NULL OR p."End" > @first + d."N" * 864000000000))
        FROM "Days" d
        ORDER BY d."N"
        """;

    public const string PostgreSql =
        """
        WITH RECURSIVE "Days"("N") AS (SELECT 0 UNION ALL SELECT "N" + 1 FROM "Days" WHERE "N" + 1 < @days)
        SELECT d."N",
               (SELECT COUNT(DISTINCT p."BiosId")::int
                FROM "VirtualMachines" v
                JOIN "ProtectionPeriods" p ON p."BiosId" = v."BiosId"
                WHERE v."TenantId" = @tenantId
                  AND p."Start" < @first + (d."N" + 1) * INTERVAL '1 day'
                  AND (p."End" IS NULL OR p."End" > @first + d."N" * INTERVAL '1 day'))
        FROM "Days" d
        ORDER BY d."N"
        """;
}
