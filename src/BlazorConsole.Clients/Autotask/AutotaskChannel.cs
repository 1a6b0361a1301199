using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BlazorConsole.Clients.Autotask.Wire;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using Polly.Timeout;

namespace BlazorConsole.Clients.Autotask;

/// <summary>
/// Sends one integration's calls to its zone: paces them with the budget, limits simultaneous calls per entity, adds
/// the three authentication headers (only to the zone's host), re-reads the zone once on 401 and maps failures.
/// </summary>
internal sealed class AutotaskChannel(AutotaskConnector connector, AutotaskCredentials credentials, AutotaskZone zone)
{
    private const string ThresholdPath = "ThresholdInformation";
    private AutotaskZone _zone = zone;

    public AutotaskZone Zone => Volatile.Read(ref _zone);

    public AutotaskCredentials Credentials => credentials;

    /// <summary>The API root of the zone with the version, e.g. <c>https://…/ATServicesRest/v1.0/</c>.</summary>
    public Uri BaseAddress => new(Zone.ApiAddress, "v1.0/");

    /// <summary>True when <paramref name="address"/> is on the zone's host (scheme, host and port), so credentials may go there.</summary>
    public bool IsZoneHost(Uri address) =>
        address.IsAbsoluteUri
        && string.Equals(address.Scheme, Zone.ApiAddress.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(address.IdnHost, Zone.ApiAddress.IdnHost, StringComparison.OrdinalIgnoreCase)
        && address.Port == Zone.ApiAddress.Port;

    /// <summary>Sends a call to <paramref name="path"/> (relative to <see cref="BaseAddress"/>) and reads the answer as <typeparamref name="T"/>.</summary>
    /// <param name="write">True for creates and updates (never repeated unless Autotask refused them unprocessed).</param>
    /// <param name="what">What the call is about, for the not-found message.</param>
    public Task<Result<T>> SendAsync<T>(HttpMethod method, string path, object? body, bool write, string what, CancellationToken cancellationToken) =>
        SendAsync<T>(method, path, absolute: null, body, write, what, cancellationToken);

    /// <summary>Sends a call to an absolute address Autotask gave (a <c>nextPageUrl</c>); refused unless it is on the zone's host.</summary>
    public Task<Result<T>> SendToAsync<T>(HttpMethod method, Uri absolute, object? body, string what, CancellationToken cancellationToken) =>
        IsZoneHost(absolute)
            ? SendAsync<T>(method, absolute.AbsolutePath, absolute, body, write: false, what, cancellationToken)
            : Task.FromResult<Result<T>>(AutotaskErrors.ForeignPageLink(absolute.Host));

    private async Task<Result<T>> SendAsync<T>(HttpMethod method, string path, Uri? absolute, object? body, bool write, string what, CancellationToken cancellationToken)
    {
        var entity = EntityOf(path, absolute);
        if (!string.Equals(entity, ThresholdPath, StringComparison.OrdinalIgnoreCase) && connector.Budget.NeedsThreshold(credentials.UserName))
        {
            // The first call of an integration reads the threshold; when that fails for a reason the call itself would
            // meet too (credentials, integration code, network), stop here instead of sending a second doomed request.
            var threshold = await RefreshThresholdAsync(cancellationToken);
            if (!threshold.IsSuccess && threshold.Error.Code is AutotaskErrors.CredentialsRejectedCode or AutotaskErrors.RequestRejectedCode or AutotaskErrors.UnreachableCode)
            {
                return threshold.Error;
            }
        }

        var zoneReRead = false;
        while (true)
        {
            await connector.Budget.WaitTurnAsync(credentials.UserName, cancellationToken);
            var address = absolute ?? new Uri(BaseAddress, path);
            if (!IsZoneHost(address))
            {
                return AutotaskErrors.ForeignPageLink(address.Host);
            }

            HttpStatusCode status;
            string text;
            var gate = connector.EntityGate(credentials.IntegrationCode, entity);
            await gate.WaitAsync(cancellationToken);
            try
            {
                using var request = new HttpRequestMessage(method, address);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                request.Headers.TryAddWithoutValidation("ApiIntegrationCode", credentials.IntegrationCode);
                request.Headers.TryAddWithoutValidation("UserName", credentials.UserName);
                request.Headers.TryAddWithoutValidation("Secret", credentials.Secret);
                request.Options.Set(AutotaskCountingHandler.UserKey, credentials.UserName);
                if (body is not null)
                {
                    request.Content = new StringContent(JsonSerializer.Serialize(body, AutotaskWireJson.Options), Encoding.UTF8, "application/json");
                }

                using var response = await (write ? connector.Transport.Writes : connector.Transport.Reads).SendAsync(request, cancellationToken);
                status = response.StatusCode;
                text = await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return AutotaskFailures.FromException(exception);
            }
            finally
            {
                gate.Release();
            }

            if (status == HttpStatusCode.Unauthorized && !zoneReRead && absolute is null)
            {
                zoneReRead = true;
                var fresh = await connector.RefreshZoneAsync(credentials.UserName, cancellationToken);
                if (fresh.IsSuccess && fresh.Value.ApiAddress != Zone.ApiAddress)
                {
                    Volatile.Write(ref _zone, fresh.Value);
                    continue;
                }
            }

            if (status != HttpStatusCode.OK)
            {
                return AutotaskFailures.FromResponse(status, text, what);
            }

            try
            {
                var value = JsonSerializer.Deserialize<T>(text, AutotaskWireJson.Options);
                return value is null ? AutotaskErrors.InvalidResponse("an empty answer") : value;
            }
            catch (JsonException)
            {
                return AutotaskErrors.InvalidResponse("the answer is not the expected JSON");
            }
        }
    }

    /// <summary>Reads ThresholdInformation and feeds the budget; its value.</summary>
    public async Task<Result<AutotaskThreshold>> RefreshThresholdAsync(CancellationToken cancellationToken)
    {
        var read = await SendAsync<ThresholdDto>(HttpMethod.Get, ThresholdPath, null, write: false, "The threshold information", cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var threshold = new AutotaskThreshold(read.Value.ExternalRequestThreshold, TimeSpan.FromMinutes(read.Value.RequestThresholdTimeframe), read.Value.CurrentTimeframeRequestCount);
        connector.Budget.Update(credentials.UserName, threshold);
        return threshold;
    }

    /// <summary>The entity segment of a call (the unit of Autotask's thread limit).</summary>
    private string EntityOf(string path, Uri? absolute)
    {
        if (absolute is not null)
        {
            var relative = absolute.AbsolutePath;
            var basePath = BaseAddress.AbsolutePath;
            path = relative.StartsWith(basePath, StringComparison.OrdinalIgnoreCase) ? relative[basePath.Length..] : relative.TrimStart('/');
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? path : path[..slash];
    }
}
