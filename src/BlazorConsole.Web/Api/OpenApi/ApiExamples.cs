using System.Globalization;

namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>XML examples of the REST API v2.0 bodies, shown in the OpenAPI document and the reference page.</summary>
internal static class ApiExamples
{
    public const string TenantId = "0198f2a4-5c1e-7b3d-9a41-2f6c8e0d7b15";
    public const string TaskId = "0198f2a4-5d02-7c8e-8f10-6a2b4c9e1d37";
    public const string VmId = "0198f2a4-6e11-7d2a-b3c4-5e6f7a8b9c0d";
    public const string BiosId = "4c4c4544-0042-3510-8058-b4c04f4e3232";

    public const string Tenant = $"""
        <tenant id="{TenantId}" created="2026-11-23T10:15:00" updated="2026-11-23T10:15:00">
          <name>Contoso</name>
          <description>Contoso Ltd, Berlin office</description>
          <userData><![CDATA[contract=C-1042]]></userData>
          <preferredViisAddress>192.0.2.10</preferredViisAddress>
          <vKsc id="VSContoso">
            <user>
              <name>contoso-admin</name>
            </user>
          </vKsc>
          <status>Active</status>
          <type>Complete</type>
        </tenant>
        """;

    public const string TenantList = $"""
        <tenants>
          <tenant id="{TenantId}" created="2026-11-23T10:15:00" updated="2026-11-23T10:15:00">
            <name>Contoso</name>
            <description />
            <userData />
            <status>Active</status>
            <type>Simple</type>
          </tenant>
        </tenants>
        """;

    public const string NewTenant = """
        <tenant>
          <name>Contoso</name>
          <description>Contoso Ltd, Berlin office</description>
          <userData><![CDATA[contract=C-1042]]></userData>
          <preferredViisAddress>192.0.2.10</preferredViisAddress>
          <type>Complete</type>
          <vKsc>
            <user>
              <name>contoso-admin</name>
              <password>UzNjdXJlLVBhc3N3MHJkIQ==</password>
            </user>
          </vKsc>
        </tenant>
        """;

    public const string Vm = $"""
        <vm id="{VmId}" biosId="{BiosId}" created="2026-11-23T10:20:00" updated="2026-11-23T10:20:00">
          <name>contoso-web-01</name>
          <userData><![CDATA[rack=7]]></userData>
        </vm>
        """;

    public static readonly string VmList = ListOf("vms", Vm);

    public const string NewVm = $"""
        <vm biosId="{BiosId}">
          <name>contoso-web-01</name>
          <userData><![CDATA[rack=7]]></userData>
        </vm>
        """;

    public static readonly string QueuedTask = TaskXml("Queued", "CreateTenant", "10:15:00", stage: null, progress: 0);

    public static readonly string CompletedTask = TaskXml("Completed", "ChangeTenantActivation", "10:15:04", "Done", 100, "<result>true</result>");

    public static readonly string FailedTask = TaskXml(
        "Failed", "CreateTenant", "10:15:01", "Add the tenant", 10,
        "<error>VIRMT_TenantWithSpecifiedNameAlreadyExists: A tenant named 'Contoso' already exists.</error>");

    public static readonly string StoppingTask = TaskXml("Stopping", "CreateTenant", "10:15:02", "Create the virtual Administration Server", 40);

    public static readonly string CanceledTask = TaskXml(
        "Canceled", "CreateTenant", "10:15:02", stage: null, progress: 0,
        "<error>VIRMT_TaskCanceled: The task was canceled before it started.</error>");

    public static readonly string TaskList = ListOf("tasks", QueuedTask);

    public const string ReportId = "0198f2a5-0a3b-7e4f-8c21-9d0e1f2a3b4c";

    public const string QueuedReportTask = $"""
        <task id="{TaskId}" created="2026-11-23T10:15:00" stateChanged="2026-11-23T10:15:00" changed="2026-11-23T10:15:00">
          <state>Queued</state>
          <type>CreateTenantReport</type>
          <stage />
          <progress>0</progress>
        </task>
        """;

    /// <summary>A report: no header line, <c>{tenant ID};{tenant name};{VM BIOS ID};{VM name};{start};{end}</c>.</summary>
    public const string ReportCsv = $"""
        {TenantId};Contoso;{BiosId};contoso-web-01;2026-11-01T00:00:00;2026-11-15T08:30:00
        {TenantId};Contoso;{BiosId};contoso-web-01;2026-11-16T09:00:00;2026-11-30T23:59:59

        """;

    /// <summary>The first 64 bytes of <see cref="ReportCsv"/>, as <c>Range: bytes=0-63</c> returns them.</summary>
    public static string ReportCsvPart { get; } = ReportCsv[..64];

    public const string PeriodBatch = $"""
        <protectionPeriods svmId="svm-esx01-01">
          <period biosId="{BiosId}" vmName="contoso-web-01" start="2026-11-23T08:00:00" end="2026-11-23T10:00:00" />
          <period biosId="4c4c4544-0042-3510-8058-b4c04f4e3233" vmName="contoso-db-01" start="2026-11-23T08:05:00" />
        </protectionPeriods>
        """;

    public const string PeriodSummary = """
        <protectionPeriods received="2" inserted="1" closed="1" unchanged="0" />
        """;

    /// <summary>The error body of every failure: <c>&lt;error&gt;&lt;code/&gt;&lt;message/&gt;&lt;/error&gt;</c>.</summary>
    public static string Error(string code) => $"""
        <error>
          <code>{code}</code>
          <message>A human-readable explanation.</message>
        </error>
        """;

    /// <summary>A task created on 2026-11-23 at 10:15:00 whose state last changed at <paramref name="changedAt"/> that day.</summary>
    private static string TaskXml(string state, string type, string changedAt, string? stage, int progress, string? outcome = null)
    {
        string[] lines =
        [
            $"""<task id="{TaskId}" created="2026-11-23T10:15:00" stateChanged="2026-11-23T{changedAt}" changed="2026-11-23T{changedAt}">""",
            $"  <state>{state}</state>",
            $"  <type>{type}</type>",
            stage is null ? "  <stage />" : $"  <stage>{stage}</stage>",
            string.Create(CultureInfo.InvariantCulture, $"  <progress>{progress}</progress>"),
            .. outcome is null ? [] : new[] { $"  {outcome}" },
            "</task>",
        ];
        return string.Join('\n', lines);
    }

    /// <summary>A list body holding one item, indented the way the API writes it.</summary>
    private static string ListOf(string element, string item) =>
        $"<{element}>\n{string.Join('\n', item.Split('\n').Select(line => $"  {line}"))}\n</{element}>";
}
