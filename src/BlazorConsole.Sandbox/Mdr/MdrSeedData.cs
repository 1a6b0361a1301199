namespace BlazorConsole.Sandbox.Mdr;

/// <summary>The API connections and MDR tenants every simulator starts with (sandbox values, not anyone's secrets).</summary>
public static class MdrSeedData
{
    /// <summary>Client ID of "BlazorConsole MSP": MDR Administrator, every tenant.</summary>
    public const string FullAccessClientId = "5f1d2c9e-7a43-4b8e-9c61-0d2a4e8b7f10";

    /// <summary>Client ID of "Helpdesk SOC": Security Officer, limited to Contoso and Fabrikam Ltd.</summary>
    public const string LimitedClientId = "8b3e6f21-0c54-4d7a-a1f9-52c7e0d4b936";

    /// <summary>Client ID of "Night shift": Senior Security Officer, limited to Northwind Traders.</summary>
    public const string SeniorClientId = "c47a90d3-2e18-4f65-b0a7-93d15e6c2a48";

    /// <summary>Client ID of "Retired integration": Administrator whose refresh token was revoked (<see cref="MdrSimulator.RevokedRefreshToken"/>).</summary>
    public const string RevokedClientId = "e2906b7f-84d1-4c3a-9f5e-7a1b3c8d6e02";

    public const string FullAccessName = "BlazorConsole MSP";
    public const string LimitedName = "Helpdesk SOC";
    public const string SeniorName = "Night shift";
    public const string RevokedName = "Retired integration";

    public const string Contoso = "Contoso";
    public const string Fabrikam = "Fabrikam Ltd";
    public const string Northwind = "Northwind Traders";
    public const string Tailspin = "Tailspin Toys";
    public const string Woodgrove = "Woodgrove Bank";

    /// <summary>The MDR tenants, each with assets and incidents.</summary>
    public static IReadOnlyList<string> Tenants { get; } = [Contoso, Fabrikam, Northwind, Tailspin, Woodgrove];

    /// <summary>The seeded API connections.</summary>
    public static IReadOnlyList<MdrApiConnection> Connections { get; } =
    [
        new(FullAccessClientId, FullAccessName, MdrSimulatedRole.Administrator, null),
        new(LimitedClientId, LimitedName, MdrSimulatedRole.SecurityOfficer, [Contoso, Fabrikam]),
        new(SeniorClientId, SeniorName, MdrSimulatedRole.SeniorSecurityOfficer, [Northwind]),
        new(RevokedClientId, RevokedName, MdrSimulatedRole.Administrator, null),
    ];

    /// <summary>Names of MDR analysts who write comments (not API connections).</summary>
    public const string AnalystName = "Kaspersky MDR analyst";
}
