namespace BlazorConsole.Sandbox.Autotask;

/// <summary>The companies, contracts and services every simulator starts with.</summary>
public static class AutotaskSeedData
{
    /// <summary>The MSP's own company (id 0).</summary>
    public const string MspName = "Northwind IT Services";

    /// <summary>Id of "Contoso Ltd".</summary>
    public const long ContosoLtdId = 175;

    /// <summary>Id of the Contoso Ltd managed-security contract.</summary>
    public const long ContosoContractId = 9001;

    /// <summary>Id of the Light Agent per-VM service on the Contoso contract.</summary>
    public const long ContosoVmServiceId = 8101;

    /// <summary>Id of the Light Agent per-VM service on the Fabrikam contract.</summary>
    public const long FabrikamVmServiceId = 8103;

    /// <summary>Id of the service "Kaspersky Security for Virtualization Light Agent (per VM)".</summary>
    public const long LightAgentServiceId = 701;

    /// <summary>First day of the seeded contracts (monthly periods through 31 December 2027).</summary>
    public static readonly DateTimeOffset ContractStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Seeded companies: (id, name, active, type, tier). Near-duplicates and inactive ones on purpose.</summary>
    public static IReadOnlyList<(long Id, string Name, bool IsActive, int Type, string? Tier)> Companies { get; } =
    [
        (0, MspName, true, 8, null),
        (ContosoLtdId, "Contoso Ltd", true, 1, "Gold"),
        (176, "Contoso Limited", true, 1, "Silver"),
        (177, "CONTOSO GmbH", true, 1, null),
        (178, "Fabrikam, Inc.", true, 1, "Gold"),
        (179, "Fabrikam Inc", false, 1, null),
        (180, "Adventure Works Cycles", true, 1, "Bronze"),
        (181, "Tailspin Toys", true, 1, null),
        (182, "Wide World Importers", true, 1, "Silver"),
        (183, "Litware, Inc.", true, 3, null),
        (184, "Proseware & Partners", true, 1, null),
        (185, "Proseware and Partners", true, 3, null),
        (186, "Woodgrove Bank", true, 1, "Gold"),
        (187, "Alpine Ski House", true, 1, null),
        (188, "Blue Yonder Airlines", true, 1, "Bronze"),
        (189, "Coho Winery", true, 1, null),
        (190, "Lamna Healthcare Company", true, 1, "Silver"),
        (191, "Margie's Travel", true, 1, null),
        (192, "Trey Research", true, 3, null),
        (193, "Wingtip Toys", false, 1, null),
        (194, "Northwind Traders (old)", false, 4, null),
        (195, "Humongous Insurance", true, 1, "Gold"),
        (196, "A. Datum Corporation", true, 1, null),
        (197, "Graphic Design Institute", true, 7, null),
    ];
}
