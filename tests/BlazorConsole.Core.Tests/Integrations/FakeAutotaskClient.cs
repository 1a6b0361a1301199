using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

/// <summary>An Autotask database in memory: companies, contracts, contract services with units, and the adjustments sent.</summary>
internal sealed class FakeAutotaskClient : IAutotaskClient
{
    public static readonly AutotaskZone Zone1 = new("America East", new Uri("https://webservices3.example/ATServicesRest/"), null, 30595);

    public AutotaskZone Zone => Zone1;

    public string UserName { get; init; } = "api@example.com";

    public List<AutotaskCompany> Companies { get; } = [];

    public List<AutotaskContract> Contracts { get; } = [];

    public List<AutotaskContractService> Services { get; } = [];

    /// <summary>Units per contract service (the same every period).</summary>
    public Dictionary<long, int> Units { get; } = [];

    public List<AutotaskUnitAdjustment> Adjustments { get; } = [];

    /// <summary>The next this many unit changes fail with ATK_Throttled before anything is sent.</summary>
    public int ThrottleNextSets { get; set; }

    public int SetCalls { get; private set; }

    public AutotaskCompany AddCompany(long id, string name, bool active = true)
    {
        var company = new AutotaskCompany(id, name, null, 1, active, null, null, null, null, new Dictionary<string, string?>());
        Companies.Add(company);
        return company;
    }

    /// <summary>A contract of the company with the service <paramref name="serviceId"/> holding <paramref name="units"/>; the contract service's id.</summary>
    public long AddContractService(long companyId, long serviceId, int units)
    {
        var contractId = 9000 + Contracts.Count;
        Contracts.Add(new AutotaskContract(contractId, companyId, $"Contract {contractId}", null, 7, 1, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 12, 31, 0, 0, 0, TimeSpan.Zero), false));
        var id = 8000 + Services.Count;
        Services.Add(new AutotaskContractService(id, contractId, serviceId, 4.5m, null, null));
        Units[id] = units;
        return id;
    }

    public Task<Result<AutotaskCompany>> GetCompanyAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(Companies.FirstOrDefault(c => c.Id == id) is { } company
            ? Result<AutotaskCompany>.Success(company)
            : AutotaskErrors.NotFound($"Company {id}"));

    public Task<Result<IReadOnlyList<AutotaskCompany>>> QueryCompaniesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<AutotaskCompany>>.Success([.. Companies.OrderBy(c => c.Id)]));

    public Task<Result<int>> CountAsync(string entity, IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Task.FromResult(Result<int>.Success(0));

    public Task<Result<IReadOnlyList<AutotaskContract>>> QueryContractsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken)
    {
        var companies = ((object[])filter.Single(f => f.Field == "companyID").Value!).Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return Task.FromResult(Result<IReadOnlyList<AutotaskContract>>.Success([.. Contracts.Where(c => companies.Contains(c.CompanyId))]));
    }

    public Task<Result<IReadOnlyList<AutotaskContractService>>> QueryContractServicesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken)
    {
        var contracts = ((object[])filter.Single(f => f.Field == "contractID").Value!).Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var service = Convert.ToInt64(filter.Single(f => f.Field == "serviceID").Value, System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult(Result<IReadOnlyList<AutotaskContractService>>.Success([.. Services.Where(s => contracts.Contains(s.ContractId) && s.ServiceId == service)]));
    }

    public Task<Result<IReadOnlyList<AutotaskContractServiceUnits>>> QueryContractServiceUnitsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<AutotaskContractServiceUnits>> GetContractServiceUnitsAsync(long contractServiceId, DateTimeOffset date, CancellationToken cancellationToken)
    {
        var service = Services.Single(s => s.Id == contractServiceId);
        return Task.FromResult(Result<AutotaskContractServiceUnits>.Success(new AutotaskContractServiceUnits(service.ContractId, service.Id, service.ServiceId, date, date.AddMonths(1), Units[service.Id], null)));
    }

    public Task<Result> AdjustContractServiceUnitsAsync(AutotaskUnitAdjustment adjustment, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<AutotaskUnitsSet>> SetContractServiceUnitsAsync(long contractId, long contractServiceId, DateTimeOffset effectiveDate, int units, CancellationToken cancellationToken)
    {
        SetCalls++;
        if (ThrottleNextSets > 0)
        {
            ThrottleNextSets--;
            return Task.FromResult<Result<AutotaskUnitsSet>>(AutotaskErrors.Throttled("429"));
        }

        var previous = Units[contractServiceId];
        if (previous != units)
        {
            Adjustments.Add(new AutotaskUnitAdjustment(contractId, contractServiceId, effectiveDate, units - previous));
            Units[contractServiceId] = units;
        }

        return Task.FromResult(Result<AutotaskUnitsSet>.Success(new AutotaskUnitsSet(previous, units, previous != units)));
    }

    public Task<Result<long>> CreateTicketAsync(NewAutotaskTicket ticket, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskTicket>> GetTicketAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskTicket>>> QueryTicketsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result> UpdateTicketStatusAsync(long ticketId, int status, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<long>> CreateTicketNoteAsync(NewAutotaskTicketNote note, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskTicketNote>>> QueryTicketNotesAsync(long ticketId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskEntityInformation>> GetEntityInformationAsync(string entity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskField>>> GetFieldsAsync(string entity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskPicklistValue>>> GetPicklistAsync(string entity, string field, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<AutotaskThreshold>> GetThresholdAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Result<IReadOnlyList<AutotaskPermissionLine>>> CheckPermissionsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
