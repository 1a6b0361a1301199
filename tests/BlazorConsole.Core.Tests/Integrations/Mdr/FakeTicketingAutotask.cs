using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

/// <summary>
/// An Autotask database for tickets, notes and picklists, with a budget state the test sets, behind a connector that
/// accepts the standard test credentials (<see cref="FakeAutotaskConnector"/>'s).
/// </summary>
internal sealed class FakeTicketingAutotask : IAutotaskConnector, IAutotaskClient
{
    private long _nextId = 5000;

    public AutotaskBudgetState Budget { get; set; } = AutotaskBudgetState.Normal;

    public List<AutotaskTicket> Tickets { get; } = [];

    public List<AutotaskTicketNote> Notes { get; } = [];

    public List<(long TicketId, int Status)> StatusUpdates { get; } = [];

    /// <summary>The next this many ticket creations fail (Autotask refused them).</summary>
    public int FailNextCreates { get; set; }

    /// <summary>Creations "reach Autotask" (the ticket exists) and then throw as if the answer was lost.</summary>
    public bool LoseCreateAnswers { get; set; }

    /// <summary>Note creations reach Autotask and then throw as if the answer was lost.</summary>
    public bool LoseNoteAnswers { get; set; }

    public int CreateCalls { get; private set; }

    public AutotaskZone Zone => FakeAutotaskClient.Zone1;

    public string UserName => FakeAutotaskConnector.FullUser;

    public Task<Result<AutotaskZone>> FindZoneAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult<Result<AutotaskZone>>(FakeAutotaskClient.Zone1);

    public Task<Result<IAutotaskClient>> ConnectAsync(AutotaskCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult(credentials.Secret == FakeAutotaskConnector.Secret ? Result<IAutotaskClient>.Success(this) : AutotaskErrors.CredentialsRejected());

    public Task<Result<AutotaskPermissionReport>> CheckAsync(AutotaskCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult<Result<AutotaskPermissionReport>>(new AutotaskPermissionReport(
            FakeAutotaskClient.Zone1,
            [new(AutotaskRight.EditTickets, "Edit tickets", AutotaskEntityAccess.All, string.Empty)],
            null));

    public AutotaskUsage GetUsage(string userName) => new(userName, 0, 0, 10_000, TimeSpan.FromHours(1), null, 0, Budget);

    public Task<Result<long>> CreateTicketAsync(NewAutotaskTicket ticket, CancellationToken cancellationToken)
    {
        CreateCalls++;
        if (FailNextCreates > 0)
        {
            FailNextCreates--;
            return Task.FromResult<Result<long>>(AutotaskErrors.Unreachable("connection reset"));
        }

        var id = ++_nextId;
        Tickets.Add(new AutotaskTicket(id, $"T20261123.{id:D4}", ticket.CompanyId, ticket.Title, ticket.Description, ticket.Status, ticket.Priority, ticket.QueueId,
            ticket.IssueType, ticket.SubIssueType, null, ticket.DueDateTime, null, null, null, ticket.ExternalId));
        if (LoseCreateAnswers)
        {
            throw new HttpRequestException("The answer was lost.");
        }

        return Task.FromResult<Result<long>>(id);
    }

    public Task<Result<AutotaskTicket>> GetTicketAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(Tickets.FirstOrDefault(t => t.Id == id) is { } ticket ? Result<AutotaskTicket>.Success(ticket) : AutotaskErrors.Unreachable("no ticket"));

    public Task<Result<IReadOnlyList<AutotaskTicket>>> QueryTicketsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken)
    {
        var external = filter.Single(f => f.Field == "externalID").Value as string;
        return Task.FromResult(Result<IReadOnlyList<AutotaskTicket>>.Success([.. Tickets.Where(t => t.ExternalId == external)]));
    }

    public Task<Result> UpdateTicketStatusAsync(long ticketId, int status, CancellationToken cancellationToken)
    {
        StatusUpdates.Add((ticketId, status));
        return Task.FromResult(Result.Success());
    }

    public Task<Result<long>> CreateTicketNoteAsync(NewAutotaskTicketNote note, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        Notes.Add(new AutotaskTicketNote(id, note.TicketId, note.Title, note.Description, note.NoteType, note.Publish, null));
        if (LoseNoteAnswers)
        {
            throw new HttpRequestException("The answer was lost.");
        }

        return Task.FromResult<Result<long>>(id);
    }

    public Task<Result<IReadOnlyList<AutotaskTicketNote>>> QueryTicketNotesAsync(long ticketId, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<AutotaskTicketNote>>.Success([.. Notes.Where(n => n.TicketId == ticketId)]));

    public Task<Result<IReadOnlyList<AutotaskPicklistValue>>> GetPicklistAsync(string entity, string field, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<AutotaskPicklistValue>>.Success([new("1", $"{field} one", true, true, 1, string.Empty), new("2", $"{field} two", true, false, 2, string.Empty)]));

    public Task<Result<AutotaskCompany>> GetCompanyAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskCompany>>> QueryCompaniesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<int>> CountAsync(string entity, IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskContract>>> QueryContractsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskContractService>>> QueryContractServicesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskContractServiceUnits>>> QueryContractServiceUnitsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskContractServiceUnits>> GetContractServiceUnitsAsync(long contractServiceId, DateTimeOffset date, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result> AdjustContractServiceUnitsAsync(AutotaskUnitAdjustment adjustment, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskUnitsSet>> SetContractServiceUnitsAsync(long contractId, long contractServiceId, DateTimeOffset effectiveDate, int units, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskEntityInformation>> GetEntityInformationAsync(string entity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskField>>> GetFieldsAsync(string entity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskThreshold>> GetThresholdAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskPermissionLine>>> CheckPermissionsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
