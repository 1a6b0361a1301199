namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Names of the Autotask REST entities the console uses (the path segment of each call).</summary>
public static class AutotaskEntities
{
    public const string Companies = "Companies";
    public const string Contacts = "Contacts";
    public const string Contracts = "Contracts";
    public const string Services = "Services";
    public const string ContractServices = "ContractServices";
    public const string ContractServiceUnits = "ContractServiceUnits";
    public const string ContractServiceAdjustments = "ContractServiceAdjustments";
    public const string ConfigurationItems = "ConfigurationItems";
    public const string Tickets = "Tickets";
    public const string TicketNotes = "TicketNotes";
}
