using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// Calls of one integration (one API user) against its Autotask zone. Queries follow every page; reads are retried after
/// transient failures; creates are retried only when Autotask said it did not take them (429, thread limit).
/// </summary>
public interface IAutotaskClient
{
    /// <summary>The zone the calls go to.</summary>
    AutotaskZone Zone { get; }

    /// <summary>The API user.</summary>
    string UserName { get; }

    Task<Result<AutotaskCompany>> GetCompanyAsync(long id, CancellationToken cancellationToken);

    /// <summary>Companies matching every condition of <paramref name="filter"/>, ascending id, all pages.</summary>
    Task<Result<IReadOnlyList<AutotaskCompany>>> QueryCompaniesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken);

    /// <summary>How many records of <paramref name="entity"/> match (<c>/query/count</c>).</summary>
    Task<Result<int>> CountAsync(string entity, IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<AutotaskContract>>> QueryContractsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<AutotaskContractService>>> QueryContractServicesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<AutotaskContractServiceUnits>>> QueryContractServiceUnitsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken);

    /// <summary>The units of a contract service in the period that contains <paramref name="date"/>.</summary>
    Task<Result<AutotaskContractServiceUnits>> GetContractServiceUnitsAsync(long contractServiceId, DateTimeOffset date, CancellationToken cancellationToken);

    /// <summary>Changes a contract service's units from a date on (POST ContractServiceAdjustments; never sent twice).</summary>
    Task<Result> AdjustContractServiceUnitsAsync(AutotaskUnitAdjustment adjustment, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the units of a contract service from <paramref name="effectiveDate"/> on: reads the units of the period that
    /// contains the date and sends one adjustment for the difference (none when they already match). The adjustment is
    /// never sent twice; after a failure read the units again before retrying.
    /// </summary>
    Task<Result<AutotaskUnitsSet>> SetContractServiceUnitsAsync(long contractId, long contractServiceId, DateTimeOffset effectiveDate, int units, CancellationToken cancellationToken);

    /// <summary>Opens a ticket; its id. Never sent twice unless Autotask refused it unprocessed (429, thread limit).</summary>
    Task<Result<long>> CreateTicketAsync(NewAutotaskTicket ticket, CancellationToken cancellationToken);

    Task<Result<AutotaskTicket>> GetTicketAsync(long id, CancellationToken cancellationToken);

    /// <summary>Tickets matching every condition of <paramref name="filter"/> (e.g. by <c>externalID</c>), ascending id, all pages.</summary>
    Task<Result<IReadOnlyList<AutotaskTicket>>> QueryTicketsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken);

    /// <summary>Sets a ticket's status (PATCH: only the status changes).</summary>
    Task<Result> UpdateTicketStatusAsync(long ticketId, int status, CancellationToken cancellationToken);

    /// <summary>Adds a note to a ticket; its id. Never sent twice unless Autotask refused it unprocessed.</summary>
    Task<Result<long>> CreateTicketNoteAsync(NewAutotaskTicketNote note, CancellationToken cancellationToken);

    /// <summary>The notes of a ticket, ascending id.</summary>
    Task<Result<IReadOnlyList<AutotaskTicketNote>>> QueryTicketNotesAsync(long ticketId, CancellationToken cancellationToken);

    Task<Result<AutotaskEntityInformation>> GetEntityInformationAsync(string entity, CancellationToken cancellationToken);

    /// <summary>The fields of an entity with their picklists.</summary>
    Task<Result<IReadOnlyList<AutotaskField>>> GetFieldsAsync(string entity, CancellationToken cancellationToken);

    /// <summary>The picklist of one field (all values, inactive included).</summary>
    Task<Result<IReadOnlyList<AutotaskPicklistValue>>> GetPicklistAsync(string entity, string field, CancellationToken cancellationToken);

    Task<Result<AutotaskThreshold>> GetThresholdAsync(CancellationToken cancellationToken);

    /// <summary>One line per right the integration needs, from entityInformation.</summary>
    Task<Result<IReadOnlyList<AutotaskPermissionLine>>> CheckPermissionsAsync(CancellationToken cancellationToken);
}
