using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using BlazorConsole.Clients.Autotask.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace BlazorConsole.Clients.Autotask;

/// <summary>
/// Finds zones (cached per API user, no credentials sent), opens <see cref="IAutotaskClient"/>s for credentials, checks
/// permissions and keeps each integration's API budget. One instance per process: it owns the HTTP transport.
/// </summary>
public sealed class AutotaskConnector : IAutotaskConnector, IDisposable
{
    private readonly AutotaskClientOptions _options;
    private readonly ConcurrentDictionary<string, AutotaskZone> _zones = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public AutotaskConnector(IOptions<AutotaskClientOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        Budget = new AutotaskBudget(_options, timeProvider);
        Transport = new AutotaskTransport(_options, Budget, timeProvider);
    }

    /// <summary>The API budgets of the integrations.</summary>
    public AutotaskBudget Budget { get; }

    internal AutotaskTransport Transport { get; }

    public Task<Result<AutotaskZone>> FindZoneAsync(string userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > AutotaskCredentials.MaxLength)
        {
            return Task.FromResult<Result<AutotaskZone>>(AutotaskErrors.InvalidCredentials("The API user name is empty or too long."));
        }

        return _zones.TryGetValue(userName.Trim(), out var cached)
            ? Task.FromResult<Result<AutotaskZone>>(cached)
            : LookUpZoneAsync(userName.Trim(), cancellationToken);
    }

    public async Task<Result<IAutotaskClient>> ConnectAsync(AutotaskCredentials credentials, CancellationToken cancellationToken)
    {
        var connected = await ConnectClientAsync(credentials, cancellationToken);
        return connected.IsSuccess ? connected.Value : connected.Error;
    }

    public async Task<Result<AutotaskPermissionReport>> CheckAsync(AutotaskCredentials credentials, CancellationToken cancellationToken)
    {
        var connected = await ConnectClientAsync(credentials, cancellationToken);
        if (!connected.IsSuccess)
        {
            return connected.Error;
        }

        var client = connected.Value;
        var lines = await client.CheckPermissionsAsync(cancellationToken);
        if (!lines.IsSuccess)
        {
            return lines.Error;
        }

        var threshold = await client.GetThresholdAsync(cancellationToken);
        return new AutotaskPermissionReport(client.Zone, lines.Value, threshold.IsSuccess ? threshold.Value : null);
    }

    public AutotaskUsage GetUsage(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        return Budget.GetUsage(userName.Trim());
    }

    public void Dispose()
    {
        Transport.Dispose();
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    /// <summary>Forgets the cached zone of <paramref name="userName"/> and looks it up again (after a 401).</summary>
    internal Task<Result<AutotaskZone>> RefreshZoneAsync(string userName, CancellationToken cancellationToken)
    {
        _zones.TryRemove(userName.Trim(), out _);
        return FindZoneAsync(userName, cancellationToken);
    }

    /// <summary>The gate limiting simultaneous calls of one integration to one entity.</summary>
    internal SemaphoreSlim EntityGate(string integrationCode, string entity) =>
        _gates.GetOrAdd(integrationCode + "|" + entity, _ => new SemaphoreSlim(_options.MaxConcurrentRequestsPerEntity, _options.MaxConcurrentRequestsPerEntity));

    private async Task<Result<AutotaskClient>> ConnectClientAsync(AutotaskCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (Check(credentials) is { } invalid)
        {
            return invalid;
        }

        var trimmed = credentials with { UserName = credentials.UserName.Trim(), IntegrationCode = credentials.IntegrationCode.Trim() };
        var zone = await FindZoneAsync(trimmed.UserName, cancellationToken);
        if (!zone.IsSuccess)
        {
            return zone.Error;
        }

        var client = new AutotaskClient(new AutotaskChannel(this, trimmed, zone.Value), _options);
        var probe = await client.GetCompanyAsync(0, cancellationToken);
        if (probe.IsSuccess || probe.Error.Code is AutotaskErrors.PermissionDeniedCode or AutotaskErrors.NotFoundCode)
        {
            return client;
        }

        return probe.Error.Code == AutotaskErrors.RequestRejectedCode
            ? AutotaskErrors.UserOrIntegrationCodeRejected(probe.Error.Message)
            : probe.Error;
    }

    private static Error? Check(AutotaskCredentials credentials)
    {
        if (string.IsNullOrWhiteSpace(credentials.UserName) || string.IsNullOrEmpty(credentials.Secret) || string.IsNullOrWhiteSpace(credentials.IntegrationCode))
        {
            return AutotaskErrors.InvalidCredentials("The API user name, secret and integration code are all required.");
        }

        return credentials.UserName.Length > AutotaskCredentials.MaxLength || credentials.Secret.Length > AutotaskCredentials.MaxLength || credentials.IntegrationCode.Length > AutotaskCredentials.MaxLength
            ? AutotaskErrors.InvalidCredentials($"The API user name, secret and integration code are at most {AutotaskCredentials.MaxLength} characters each.")
            : null;
    }

    private async Task<Result<AutotaskZone>> LookUpZoneAsync(string userName, CancellationToken cancellationToken)
    {
        var address = new Uri(new Uri(_options.DiscoveryAddress), "v1.0/zoneInformation?user=" + Uri.EscapeDataString(userName));
        HttpStatusCode status;
        string text;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            using var response = await Transport.Reads.SendAsync(request, cancellationToken);
            status = response.StatusCode;
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return AutotaskFailures.FromException(exception);
        }

        if (status == HttpStatusCode.InternalServerError && !AutotaskTransport.IsThreadLimit(text))
        {
            return AutotaskErrors.ZoneNotFound(userName);
        }

        if (status != HttpStatusCode.OK)
        {
            return AutotaskFailures.FromResponse(status, text, "The zone information");
        }

        ZoneInformationDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<ZoneInformationDto>(text, AutotaskWireJson.Options);
        }
        catch (JsonException)
        {
            return AutotaskErrors.InvalidResponse("the zone information is not JSON");
        }

        if (dto?.Url is not { } url || !Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var apiAddress) || apiAddress.Scheme != Uri.UriSchemeHttps)
        {
            return AutotaskErrors.InvalidResponse("the zone information has no https API address");
        }

        var webAddress = Uri.TryCreate(dto.WebUrl, UriKind.Absolute, out var web) ? web : null;
        var zone = new AutotaskZone(dto.ZoneName ?? apiAddress.Host, apiAddress, webAddress, dto.Ci);
        _zones[userName] = zone;
        return zone;
    }
}
