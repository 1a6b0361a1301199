using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Sandbox.Common;
using Microsoft.AspNetCore.Builder;

namespace BlazorConsole.Sandbox.Autotask;

/// <summary>
/// A simulated Autotask PSA REST API v1.0 over HTTPS on 127.0.0.1 (a free port, its own self-signed certificate):
/// zone lookup (<c>/atservicesrest/v1.0/zoneInformation?user=</c>, also under each zone), <c>versioninformation</c>,
/// and per zone (<c>/{zone}/ATServicesRest/v1.0/…</c>) queries with paging, counts, single rows, entityInformation,
/// fields and picklists, ticket and note writes, unit adjustments and ThresholdInformation. It checks the three
/// authentication headers, counts the hourly threshold per database, limits simultaneous requests per endpoint, logs
/// every call (<see cref="Calls"/>) and injects failures (<see cref="Faults"/>). State lives for one run.
/// </summary>
public sealed partial class AutotaskSimulator : IAsyncDisposable
{
    private readonly AutotaskSimulatorOptions _options;
    private readonly AutotaskState _state;
    private readonly Lock _callsGate = new();
    private readonly List<AutotaskCall> _calls = [];
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private SandboxServer _server = null!;

    private AutotaskSimulator(AutotaskSimulatorOptions options)
    {
        _options = options;
        _state = new AutotaskState(options);
        _state.Reset();
    }

    /// <summary>Root address, e.g. <c>https://127.0.0.1:45123/</c>.</summary>
    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The zone-lookup base to configure in the client (<c>{root}atservicesrest/</c>).</summary>
    public Uri DiscoveryAddress => new(BaseAddress, "atservicesrest/");

    /// <summary>The certificate served now.</summary>
    public X509Certificate2 Certificate => _server.Certificate;

    /// <summary>SHA-256 thumbprint of <see cref="Certificate"/> (64 upper-case hex digits), the value a client pins.</summary>
    public string CertificateThumbprint => Convert.ToHexString(SHA256.HashData(Certificate.RawData));

    /// <summary>The options it was started with.</summary>
    public AutotaskSimulatorOptions Options => _options;

    /// <summary>The zones served.</summary>
    public IReadOnlyList<AutotaskSimulatedZone> Zones => _state.Zones;

    /// <summary>Injected failures.</summary>
    public AutotaskFaults Faults { get; } = new();

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<AutotaskCall> Calls
    {
        get
        {
            lock (_callsGate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Starts a simulator on a new <see cref="SandboxServer"/>.</summary>
    public static async Task<AutotaskSimulator> StartAsync(AutotaskSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AutotaskSimulatorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ThresholdTimeframe, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxThreadsPerEndpoint, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DelayFromHalf, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DelayFromThreeQuarters, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        if (options.Zones is { Count: 0 })
        {
            throw new ArgumentException("At least one zone is needed.", nameof(options));
        }

        var simulator = new AutotaskSimulator(options);
        simulator._server = await SandboxServer.StartAsync(app => app.Map("/{**path}", simulator.HandleAsync), cancellationToken);
        return simulator;
    }

    /// <summary>The REST root of a zone, e.g. <c>https://127.0.0.1:45123/webservices3/ATServicesRest/</c>.</summary>
    public Uri ZoneApiAddress(string zoneName) => new(BaseAddress, Zone(zoneName).Segment + "/ATServicesRest/");

    /// <summary>The database id (<c>ci</c>) of a zone.</summary>
    public long DatabaseIdOf(string zoneName) => Zone(zoneName).DatabaseId;

    /// <summary>How many calls matched <paramref name="method"/> (null: any) and <paramref name="path"/> (exact, case-insensitive; trailing <c>*</c>: prefix).</summary>
    public int CountCalls(string? method, string path) => Calls.Count(call =>
        (method is null || string.Equals(call.Method, method, StringComparison.OrdinalIgnoreCase))
        && (path.EndsWith('*') ? call.Path.StartsWith(path[..^1], StringComparison.OrdinalIgnoreCase) : string.Equals(call.Path, path, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Empties the call log.</summary>
    public void ClearCalls()
    {
        lock (_callsGate)
        {
            _calls.Clear();
        }
    }

    /// <summary>A consistent copy of tickets, notes, adjustments, units and request counts.</summary>
    public AutotaskSimulatorSnapshot Snapshot() => _state.Snapshot();

    /// <summary>Back to the seeded data and users (tickets, notes, adjustments and counters are dropped). Faults and the call log stay.</summary>
    public void ResetState() => _state.Reset();

    /// <summary>Adds or replaces an API user.</summary>
    public void PutUser(AutotaskSimulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _state.PutUser(user);
    }

    /// <summary>Moves a user's database to another zone (its old zone then answers 401 for it, as after a migration).</summary>
    public void MoveUser(string userName, string zoneName)
    {
        var user = _state.FindUser(userName) ?? throw new ArgumentException($"There is no user '{userName}'.", nameof(userName));
        _state.PutUser(user with { ZoneName = Zone(zoneName).Name });
    }

    /// <summary>Adds a company; its id.</summary>
    public long AddCompany(string name, bool isActive = true, int companyType = 1, string? tier = null) =>
        _state.AddCompany(name, isActive, companyType, tier);

    /// <summary>Adds <paramref name="count"/> active customers named <c>{prefix} 0001</c>…; their ids, ascending.</summary>
    public IReadOnlyList<long> AddCompanies(int count, string prefix = "Generated Customer")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Enumerable.Range(1, count).Select(i => _state.AddCompany(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix} {i:D4}"), true, 1, null))];
    }

    /// <summary>Adds a recurring-service contract; its id.</summary>
    public long AddContract(long companyId, string name, DateTimeOffset start, DateTimeOffset end) => _state.AddContract(companyId, name, start, end);

    /// <summary>Adds a service to a contract with <paramref name="units"/> in every monthly period; the contract service's id.</summary>
    public long AddContractService(long contractId, long serviceId, int units, decimal unitPrice) =>
        _state.AddContractService(contractId, serviceId, units, unitPrice);

    /// <summary>Counts <paramref name="count"/> requests of other integrations against a zone's database.</summary>
    public void AddRequests(string zoneName, int count) => _state.AddRequests(DatabaseIdOf(zoneName), count);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private AutotaskSimulatedZone Zone(string zoneName) =>
        _state.Zones.FirstOrDefault(zone => string.Equals(zone.Name, zoneName, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"There is no zone named '{zoneName}'.", nameof(zoneName));

    private void Log(AutotaskCall call)
    {
        lock (_callsGate)
        {
            _calls.Add(call);
        }
    }
}
