namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The rights the security integration needs in Autotask, one line each in the permission report.</summary>
public enum AutotaskRight
{
    QueryCompanies,
    CreateTickets,
    EditTickets,
    AddTicketNotes,
    ReadContractServices,
    UpdateContractServices,
}
