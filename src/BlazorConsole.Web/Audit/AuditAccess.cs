using BlazorConsole.Core.Access;

namespace BlazorConsole.Web.Audit;

/// <summary>Who may read the audit log, verify it and export it: administrators and auditors.</summary>
public static class AuditAccess
{
    /// <summary>For <c>[Authorize(Roles = AuditAccess.Roles)]</c>.</summary>
    public const string Roles = ConsoleRoles.Administrator + "," + ConsoleRoles.Auditor;

    public const string PagePath = "/access/audit";

    public const string ExportPath = "/access/audit/export.csv";
}
