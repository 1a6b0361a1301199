using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask;

/// <summary>
/// The rights the integration needs, the entities and access behind each, and what to change in Autotask when one is
/// missing (protocol: Companies, Contracts and ContractServiceUnits need query access; Tickets and TicketNotes need create
/// and update).
/// </summary>
internal static class AutotaskPermissions
{
    private const string SecurityLevels = "In Autotask, open Admin > Account Settings & Users > Resources/Users > Security Levels, edit the security level of the API user";

    private static readonly (AutotaskRight Right, string Description, (string Entity, Func<AutotaskEntityInformation, AutotaskEntityAccess> Access)[] Needs, string Fix)[] Rights =
    [
        (AutotaskRight.QueryCompanies, "Query companies",
            [(AutotaskEntities.Companies, info => info.UserAccessForQuery)],
            "and allow CRM > Companies: View (all companies)"),
        (AutotaskRight.CreateTickets, "Create tickets",
            [(AutotaskEntities.Tickets, info => info.UserAccessForCreate)],
            "and allow Service Desk > Tickets: Add"),
        (AutotaskRight.EditTickets, "Edit tickets",
            [(AutotaskEntities.Tickets, info => info.UserAccessForUpdate)],
            "and allow Service Desk > Tickets: Edit (all tickets)"),
        (AutotaskRight.AddTicketNotes, "Add ticket notes",
            [(AutotaskEntities.TicketNotes, info => info.UserAccessForCreate)],
            "and allow Service Desk > Ticket Notes: Add"),
        (AutotaskRight.ReadContractServices, "Read contracts and contract services",
            [(AutotaskEntities.Contracts, info => info.UserAccessForQuery), (AutotaskEntities.ContractServices, info => info.UserAccessForQuery), (AutotaskEntities.ContractServiceUnits, info => info.UserAccessForQuery)],
            "and allow Contracts: View (all contracts)"),
        (AutotaskRight.UpdateContractServices, "Update contract service units",
            [(AutotaskEntities.ContractServiceAdjustments, info => info.UserAccessForCreate)],
            "and allow Contracts: Edit (all contracts), which lets the API adjust service units"),
    ];

    /// <summary>Every entity whose entityInformation the check reads.</summary>
    public static IReadOnlyList<string> Entities { get; } = [.. Rights.SelectMany(right => right.Needs.Select(need => need.Entity)).Distinct()];

    /// <summary>One line per right from the entityInformation of <see cref="Entities"/>.</summary>
    public static IReadOnlyList<AutotaskPermissionLine> Lines(IReadOnlyDictionary<string, AutotaskEntityInformation> information, string userName) =>
    [
        .. Rights.Select(right =>
        {
            var access = right.Needs.Select(need => information.TryGetValue(need.Entity, out var info) ? need.Access(info) : AutotaskEntityAccess.None)
                .MinBy(Rank);
            var remedy = access switch
            {
                AutotaskEntityAccess.None => $"Missing. {SecurityLevels} {userName} {right.Fix}, or give the user the API User (system) security level.",
                AutotaskEntityAccess.Restricted => $"Granted with conditions: Autotask may still refuse some records. To avoid that, {char.ToLowerInvariant(SecurityLevels[0])}{SecurityLevels[1..]} {userName} {right.Fix} without conditions.",
                _ => string.Empty,
            };
            return new AutotaskPermissionLine(right.Right, right.Description, access, remedy);
        }),
    ];

    private static int Rank(AutotaskEntityAccess access) => access switch
    {
        AutotaskEntityAccess.None => 0,
        AutotaskEntityAccess.Restricted => 1,
        _ => 2,
    };
}
