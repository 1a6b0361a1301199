namespace BlazorConsole.Sandbox.Autotask;

/// <summary>The zones and API users every simulator starts with (secrets are sandbox-only values).</summary>
public static class AutotaskSandboxUsers
{
    /// <summary>The tracking identifier of the console's integration.</summary>
    public const string IntegrationCode = "KSVLA-SANDBOX-TRACKING-ID";

    /// <summary>The tracking identifier of another vendor's integration (users of it refuse <see cref="IntegrationCode"/>).</summary>
    public const string OtherVendorIntegrationCode = "OTHER-VENDOR-TRACKING-ID";

    public const string AmericaEast = "America East";
    public const string Europe = "EU1";

    public const string FullUserName = "api.full@northwind-msp.example";
    public const string FullSecret = "Sandbox-Full-Secret-1";
    public const string ReadOnlyUserName = "api.readonly@northwind-msp.example";
    public const string ReadOnlySecret = "Sandbox-ReadOnly-Secret-2";
    public const string NoTicketsUserName = "api.notickets@northwind-msp.example";
    public const string NoTicketsSecret = "Sandbox-NoTickets-Secret-3";
    public const string RestrictedUserName = "api.restricted@northwind-msp.example";
    public const string RestrictedSecret = "Sandbox-Restricted-Secret-4";
    public const string EuropeUserName = "api.eu@northwind-msp.example";
    public const string EuropeSecret = "Sandbox-Europe-Secret-5";
    public const string OtherVendorUserName = "api.othervendor@northwind-msp.example";
    public const string OtherVendorSecret = "Sandbox-OtherVendor-Secret-6";

    /// <summary>America East (<c>webservices3</c>, database 30595) and EU1 (<c>webservices19</c>, database 41877).</summary>
    public static IReadOnlyList<AutotaskSimulatedZone> Zones { get; } =
    [
        new(AmericaEast, "webservices3", 30595, "https://ww3.autotask.net/"),
        new(Europe, "webservices19", 41877, "https://ww19.autotask.net/"),
    ];

    /// <summary>
    /// Full access; read-only (companies, contracts and services only, no writes); no tickets (nothing on Tickets and
    /// TicketNotes); restricted (ticket and note writes allowed with conditions); full in EU1; and a user of another
    /// vendor's integration.
    /// </summary>
    public static IReadOnlyList<AutotaskSimulatedUser> Users { get; } =
    [
        new(FullUserName, FullSecret, IntegrationCode, AmericaEast, Empty, AutotaskEntityRights.Full),
        new(ReadOnlyUserName, ReadOnlySecret, IntegrationCode, AmericaEast, Empty, AutotaskEntityRights.ReadOnly),
        new(NoTicketsUserName, NoTicketsSecret, IntegrationCode, AmericaEast, NoTickets(), AutotaskEntityRights.Full),
        new(RestrictedUserName, RestrictedSecret, IntegrationCode, AmericaEast, RestrictedTickets(), AutotaskEntityRights.Full),
        new(EuropeUserName, EuropeSecret, IntegrationCode, Europe, Empty, AutotaskEntityRights.Full),
        new(OtherVendorUserName, OtherVendorSecret, OtherVendorIntegrationCode, AmericaEast, Empty, AutotaskEntityRights.Full),
    ];

    private static Dictionary<string, AutotaskEntityRights> Empty => [];

    private static Dictionary<string, AutotaskEntityRights> NoTickets() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tickets"] = AutotaskEntityRights.Nothing,
        ["TicketNotes"] = AutotaskEntityRights.Nothing,
    };

    private static Dictionary<string, AutotaskEntityRights> RestrictedTickets() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tickets"] = AutotaskEntityRights.Restricted,
        ["TicketNotes"] = AutotaskEntityRights.Restricted,
    };
}
