using System.Globalization;
using System.Text.RegularExpressions;
using BlazorConsole.Clients.Autotask.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Clients.Autotask;

/// <summary>The Autotask REST calls of one integration (see <see cref="IAutotaskClient"/>); made by <see cref="AutotaskConnector"/>.</summary>
internal sealed partial class AutotaskClient(AutotaskChannel channel, AutotaskClientOptions options) : IAutotaskClient
{
    private const int PageSize = 500;

    public AutotaskZone Zone => channel.Zone;

    public string UserName => channel.Credentials.UserName;

    public async Task<Result<AutotaskCompany>> GetCompanyAsync(long id, CancellationToken cancellationToken)
    {
        if (id < 0)
        {
            return AutotaskErrors.InvalidInput("A company id is 0 or more.");
        }

        var read = await channel.SendAsync<ItemDto<CompanyDto>>(HttpMethod.Get, Invariant($"Companies/{id}"), null, write: false, Invariant($"Company {id}"), cancellationToken);
        return !read.IsSuccess ? read.Error
            : read.Value.Item is { } company ? ToCompany(company)
            : AutotaskErrors.NotFound(Invariant($"Company {id}"));
    }

    public async Task<Result<IReadOnlyList<AutotaskCompany>>> QueryCompaniesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Map(await QueryAllAsync<CompanyDto>(AutotaskEntities.Companies, filter, cancellationToken), ToCompany);

    public async Task<Result<int>> CountAsync(string entity, IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken)
    {
        if (CheckEntity(entity) is { } invalidEntity)
        {
            return invalidEntity;
        }

        if (CheckFilter(filter) is { } invalid)
        {
            return invalid;
        }

        var counted = await channel.SendAsync<CountDto>(HttpMethod.Post, entity + "/query/count", Body(filter), write: false, entity, cancellationToken);
        return counted.IsSuccess ? counted.Value.QueryCount : counted.Error;
    }

    public async Task<Result<IReadOnlyList<AutotaskContract>>> QueryContractsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Map(await QueryAllAsync<ContractDto>(AutotaskEntities.Contracts, filter, cancellationToken), dto => new AutotaskContract(
            dto.Id, dto.CompanyID, dto.ContractName ?? string.Empty, dto.ContractNumber, dto.ContractType, dto.Status, dto.StartDate, dto.EndDate, dto.IsDefaultContract ?? false));

    public async Task<Result<IReadOnlyList<AutotaskContractService>>> QueryContractServicesAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Map(await QueryAllAsync<ContractServiceDto>(AutotaskEntities.ContractServices, filter, cancellationToken), dto => new AutotaskContractService(
            dto.Id, dto.ContractID, dto.ServiceID, dto.UnitPrice, dto.UnitCost, dto.InvoiceDescription));

    public async Task<Result<IReadOnlyList<AutotaskContractServiceUnits>>> QueryContractServiceUnitsAsync(IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken) =>
        Map(await QueryAllAsync<ContractServiceUnitsDto>(AutotaskEntities.ContractServiceUnits, filter, cancellationToken), ToUnits);

    public async Task<Result<AutotaskContractServiceUnits>> GetContractServiceUnitsAsync(long contractServiceId, DateTimeOffset date, CancellationToken cancellationToken)
    {
        var stamp = Stamp(date);
        var found = await QueryContractServiceUnitsAsync(
            [AutotaskFilter.Eq("contractServiceID", contractServiceId), AutotaskFilter.Lte("startDate", stamp), AutotaskFilter.Gte("endDate", stamp)],
            cancellationToken);
        return !found.IsSuccess ? found.Error
            : found.Value.Count > 0 ? found.Value[0]
            : AutotaskErrors.NotFound(Invariant($"A billing period of contract service {contractServiceId} on {date:yyyy-MM-dd}"));
    }

    public async Task<Result> AdjustContractServiceUnitsAsync(AutotaskUnitAdjustment adjustment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        if (adjustment.UnitChange == 0)
        {
            return AutotaskErrors.InvalidInput("A unit adjustment changes the units by at least one.");
        }

        if (adjustment.ContractId <= 0 || adjustment.ContractServiceId <= 0 || adjustment.AdjustedUnitPrice < 0)
        {
            return AutotaskErrors.InvalidInput("A unit adjustment needs a contract, a contract service and a price that is not negative.");
        }

        var body = new AdjustmentDto(adjustment.ContractId, adjustment.ContractServiceId, adjustment.EffectiveDate, adjustment.UnitChange, adjustment.AdjustedUnitPrice);
        var sent = await channel.SendAsync<ItemIdDto>(HttpMethod.Post, AutotaskEntities.ContractServiceAdjustments, body, write: true, Invariant($"Contract service {adjustment.ContractServiceId}"), cancellationToken);
        return sent.IsSuccess ? Result.Success() : sent.Error;
    }

    public async Task<Result<AutotaskUnitsSet>> SetContractServiceUnitsAsync(long contractId, long contractServiceId, DateTimeOffset effectiveDate, int units, CancellationToken cancellationToken)
    {
        if (units < 0)
        {
            return AutotaskErrors.InvalidInput("A unit count is 0 or more.");
        }

        var current = await GetContractServiceUnitsAsync(contractServiceId, effectiveDate, cancellationToken);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        if (current.Value.ContractId != contractId)
        {
            return AutotaskErrors.InvalidInput(Invariant($"Contract service {contractServiceId} does not belong to contract {contractId}."));
        }

        var previous = current.Value.Units;
        if (previous == units)
        {
            return new AutotaskUnitsSet(previous, units, Adjusted: false);
        }

        var adjusted = await AdjustContractServiceUnitsAsync(new AutotaskUnitAdjustment(contractId, contractServiceId, effectiveDate, units - previous), cancellationToken);
        return adjusted.IsSuccess ? new AutotaskUnitsSet(previous, units, Adjusted: true) : adjusted.Error;
    }

    public async Task<Result<IReadOnlyList<AutotaskPermissionLine>>> CheckPermissionsAsync(CancellationToken cancellationToken)
    {
        var access = new Dictionary<string, AutotaskEntityInformation>(StringComparer.Ordinal);
        foreach (var entity in AutotaskPermissions.Entities)
        {
            var info = await GetEntityInformationAsync(entity, cancellationToken);
            if (!info.IsSuccess)
            {
                return info.Error;
            }

            access[entity] = info.Value;
        }

        return Result<IReadOnlyList<AutotaskPermissionLine>>.Success(AutotaskPermissions.Lines(access, UserName));
    }

    public async Task<Result<AutotaskThreshold>> GetThresholdAsync(CancellationToken cancellationToken) =>
        await channel.RefreshThresholdAsync(cancellationToken);

    private async Task<Result<List<T>>> QueryAllAsync<T>(string entity, IReadOnlyList<AutotaskFilter> filter, CancellationToken cancellationToken)
    {
        if (CheckFilter(filter) is { } invalid)
        {
            return invalid;
        }

        var body = Body(filter);
        var rows = new List<T>();
        var page = await channel.SendAsync<PageDto<T>>(HttpMethod.Post, entity + "/query", body, write: false, entity, cancellationToken);
        while (true)
        {
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            rows.AddRange(page.Value.Items ?? []);
            if (rows.Count > options.MaxQueryRows)
            {
                return AutotaskErrors.TooManyRows(options.MaxQueryRows);
            }

            var next = page.Value.PageDetails?.NextPageUrl;
            if (string.IsNullOrEmpty(next))
            {
                return rows;
            }

            if (!Uri.TryCreate(next, UriKind.Absolute, out var nextAddress))
            {
                return AutotaskErrors.InvalidResponse("the next page address is not an absolute URL");
            }

            // A query started with POST continues by POSTing the same body to nextPageUrl.
            page = await channel.SendToAsync<PageDto<T>>(HttpMethod.Post, nextAddress, body, entity, cancellationToken);
        }
    }

    private static QueryBodyDto Body(IReadOnlyList<AutotaskFilter> filter) => new(PageSize, null, [.. filter.Select(ToDto)]);

    private static FilterDto ToDto(AutotaskFilter filter) => new(
        filter.Op,
        filter.Field,
        filter.Value switch
        {
            DateTimeOffset date => Stamp(date),
            DateTime date => Stamp(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))),
            object[] values => values.Select(value => value is DateTimeOffset date ? Stamp(date) : value).ToArray(),
            var value => value,
        },
        filter.Items?.Select(ToDto).ToList(),
        filter.Udf ? true : null);

    private static Error? CheckFilter(IReadOnlyList<AutotaskFilter> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Count == 0)
        {
            return AutotaskErrors.InvalidInput("An Autotask query needs at least one condition (use AutotaskFilter.All() for every record).");
        }

        return filter.Count(IsUdf) > 1 ? AutotaskErrors.InvalidInput("An Autotask query allows one user-defined field condition.") : null;

        static bool IsUdf(AutotaskFilter condition) => condition.Udf || (condition.Items?.Any(IsUdf) ?? false);
    }

    private static Error? CheckEntity(string entity) =>
        entity is not null && EntityName().IsMatch(entity) ? null : AutotaskErrors.InvalidInput("An entity name is letters only, e.g. Companies.");

    private static Result<IReadOnlyList<TOut>> Map<TIn, TOut>(Result<List<TIn>> rows, Func<TIn, TOut> map) =>
        rows.IsSuccess ? Result<IReadOnlyList<TOut>>.Success([.. rows.Value.Select(map)]) : rows.Error;

    private static AutotaskCompany ToCompany(CompanyDto dto) => new(
        dto.Id,
        dto.CompanyName ?? string.Empty,
        dto.CompanyNumber,
        dto.CompanyType,
        dto.IsActive ?? true,
        dto.ParentCompanyID,
        dto.Phone,
        dto.WebAddress,
        dto.LastActivityDate,
        (dto.UserDefinedFields ?? []).Where(udf => udf.Name is not null).GroupBy(udf => udf.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.OrdinalIgnoreCase));

    private static AutotaskContractServiceUnits ToUnits(ContractServiceUnitsDto dto) =>
        new(dto.ContractID, dto.ContractServiceID, dto.ServiceID, dto.StartDate, dto.EndDate, dto.Units, dto.Price);

    internal static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    [GeneratedRegex("^[A-Za-z]{1,64}$")]
    private static partial Regex EntityName();
}
