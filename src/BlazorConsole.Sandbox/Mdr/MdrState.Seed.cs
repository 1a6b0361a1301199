namespace BlazorConsole.Sandbox.Mdr;

internal sealed partial class MdrState
{
    private static readonly string[] AssetStatuses = ["OK", "OK", "Warning", "Critical"];

    /// <summary>Assets per tenant and a dozen incidents of every priority and status, dated before <paramref name="now"/>.</summary>
    private void Seed(DateTimeOffset now)
    {
        var assetNumber = 0;
        foreach (var tenant in MdrSeedData.Tenants)
        {
            var prefix = tenant.Split(' ')[0].ToUpperInvariant();
            string[] hosts = [$"{prefix}-DC01", $"{prefix}-FS01", $"{prefix}-WS014", $"{prefix}-WS022"];
            for (var i = 0; i < hosts.Length; i++)
            {
                assetNumber++;
                _assets.Add(new MdrSimulatedAsset(
                    StableId("asset", assetNumber), hosts[i], tenant, AssetStatuses[i % AssetStatuses.Length], now.AddDays(-90 + i), now.AddMinutes(-5 * (i + 1))));
            }
        }

        var contoso = SeedIncident(now, 72, 2, MdrSeedData.Contoso, MdrSimulatedPriority.High, MdrSimulatedStatus.Open, null,
            "Suspicious PowerShell execution on CONTOSO-WS014", "An encoded PowerShell command downloaded a script from an unknown host.", "CONTOSO-WS014");
        SeedComment(contoso, MdrSeedData.AnalystName, "We see an encoded command started by winword.exe. Please confirm whether this user opened an attachment.", now.AddHours(-71));
        SeedResponse(contoso, "isolate_host", "Isolate CONTOSO-WS014 from the network", now.AddHours(-70));
        SeedIncident(now, 216, 150, MdrSeedData.Contoso, MdrSimulatedPriority.High, MdrSimulatedStatus.Resolved, "True positive: the host was isolated and the credentials were reset.",
            "Credential dumping attempt (LSASS access)", "A process read the memory of lsass.exe.", "CONTOSO-DC01");
        SeedIncident(now, 400, 390, MdrSeedData.Contoso, MdrSimulatedPriority.Low, MdrSimulatedStatus.Closed, "False positive: a licensed administration tool.",
            "Potentially unwanted application detected", null, "CONTOSO-WS022");
        var fabrikam = SeedIncident(now, 30, 5, MdrSeedData.Fabrikam, MdrSimulatedPriority.High, MdrSimulatedStatus.OnHold, null,
            "Ransomware-like file encryption activity", "Many files on a share were renamed with a new extension in a minute.", "FABRIKAM-FS01", "FABRIKAM-WS014");
        SeedComment(fabrikam, MdrSeedData.AnalystName, "The process was stopped by the agent. Waiting for your confirmation to restore the files.", now.AddHours(-20));
        SeedResponse(fabrikam, "kill_process", "Stop the process that renamed the files", now.AddHours(-29));
        SeedIncident(now, 12, 11, MdrSeedData.Fabrikam, MdrSimulatedPriority.Normal, MdrSimulatedStatus.Open, null,
            "Brute-force attempts on RDP", "Hundreds of failed sign-ins from one external address.", "FABRIKAM-DC01");
        SeedIncident(now, 48, 40, MdrSeedData.Northwind, MdrSimulatedPriority.Normal, MdrSimulatedStatus.Open, null,
            "Malicious macro in an e-mail attachment", "A macro tried to start cmd.exe.", "NORTHWIND-WS022");
        SeedIncident(now, 300, 280, MdrSeedData.Northwind, MdrSimulatedPriority.Low, MdrSimulatedStatus.Resolved, "The databases were updated.",
            "Outdated anti-virus databases", null, "NORTHWIND-FS01");
        SeedIncident(now, 8, 3, MdrSeedData.Tailspin, MdrSimulatedPriority.High, MdrSimulatedStatus.Open, null,
            "Lateral movement with PsExec", "PsExec started services on three hosts from one workstation.", "TAILSPIN-WS014", "TAILSPIN-FS01", "TAILSPIN-DC01");
        SeedIncident(now, 120, 100, MdrSeedData.Tailspin, MdrSimulatedPriority.Normal, MdrSimulatedStatus.Closed, "True positive: the domain was blocked.",
            "Connection to a known command-and-control domain", null, "TAILSPIN-WS022");
        SeedIncident(now, 6, 1, MdrSeedData.Woodgrove, MdrSimulatedPriority.High, MdrSimulatedStatus.Open, null,
            "Data exfiltration over DNS", "Long random sub-domains queried at a steady rate.", "WOODGROVE-FS01");
        SeedIncident(now, 24, 22, MdrSeedData.Woodgrove, MdrSimulatedPriority.Normal, MdrSimulatedStatus.Open, null,
            "Suspicious scheduled task", "A task runs a script from a temporary folder every hour.", "WOODGROVE-WS014");
        SeedIncident(now, 500, 480, MdrSeedData.Woodgrove, MdrSimulatedPriority.Low, MdrSimulatedStatus.Closed, "Removed by the user.",
            "Adware on WOODGROVE-WS022", null, "WOODGROVE-WS022");
    }

    private string SeedIncident(DateTimeOffset now, int createdHoursAgo, int updatedHoursAgo, string tenant, MdrSimulatedPriority priority, MdrSimulatedStatus status, string? resolution, string summary, string? description, params string[] hosts)
    {
        var id = StableId("incident", ++_nextIncident);
        var created = Whole(now.AddHours(-createdHoursAgo).AddMinutes(-_nextIncident));
        var updated = Whole(now.AddHours(-updatedHoursAgo).AddMinutes(-_nextIncident));
        _incidents.Add(new MdrSimulatedIncident(id, created, updated, summary, description, priority, status, resolution, tenant, hosts));
        return id;
    }

    private void SeedComment(string incidentId, string author, string text, DateTimeOffset at) =>
        _comments.Add(new MdrSimulatedComment(StableId("comment", ++_nextComment), incidentId, author, text, Whole(at)));

    private void SeedResponse(string incidentId, string type, string description, DateTimeOffset at) =>
        _responses.Add(new MdrSimulatedResponse(StableId("response", ++_nextResponse), incidentId, type, "Waiting", description, Whole(at), null));

    /// <summary>Cut to whole milliseconds, as the wire carries them.</summary>
    private static DateTimeOffset Whole(DateTimeOffset time) => DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());
}
