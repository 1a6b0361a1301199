using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Tests.Components.Integrations;

/// <summary>
/// An in-memory <see cref="IMdrConnectionService"/> for the MDR pages: one connection per integration, calls recorded,
/// failures and a held load on demand. Connect succeeds for <see cref="GoodToken"/> only, as MDR spends one token once.
/// </summary>
public sealed class FakeMdrConnectionService : IMdrConnectionService
{
    /// <summary>A well-formed JWT the fake accepts (header.payload.signature).</summary>
    public const string GoodToken = "eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnRfaWQiOiJhYmMifQ.c2lnbmF0dXJl";

    public Dictionary<Guid, MdrConnectionView> Connections { get; } = [];

    public List<MdrTenantRow> TenantRows { get; } = [];

    public MdrTicketChoices Choices { get; set; } = SampleChoices();

    public List<(string Action, Guid ConnectionId, string Actor)> Calls { get; } = [];

    public List<MdrConnectionInput> Inputs { get; } = [];

    public MdrTicketingSettings? SavedTicketing { get; private set; }

    /// <summary>When set, reading a connection waits for it (the loading state).</summary>
    public TaskCompletionSource? LoadGate { get; set; }

    /// <summary>How many of the next reads throw, as a database that is down would.</summary>
    public int FailNextLoads { get; set; }

    /// <summary>The answer of the next GetTicketChoicesAsync calls, when set.</summary>
    public Error? ChoicesError { get; set; }

    public Error? ListTenantsError { get; set; }

    public MdrConnectionView Add(Guid integrationId, MdrConnectionStatus status = MdrConnectionStatus.Connected, MdrTicketingSettings? ticketing = null, string? message = null)
    {
        var view = new MdrConnectionView(
            Guid.NewGuid(), integrationId, new Uri("https://mdr.example.test/api/v1"), "client-42", "Console sync", MdrRole.Administrator, ["Contoso", "Fabrikam Ltd"],
            status, message, new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero),
            null, new DateTimeOffset(2026, 11, 23, 16, 5, 0, TimeSpan.Zero), true, ticketing ?? MdrTicketingSettings.Default, "alice",
            new DateTime(2026, 11, 23, 16, 0, 0, DateTimeKind.Utc));
        Connections[integrationId] = view;
        return view;
    }

    public Task<MdrConnectionView?> GetAsync(Guid connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(Connections.Values.FirstOrDefault(c => c.Id == connectionId));

    public async Task<MdrConnectionView?> GetByIntegrationAsync(Guid integrationId, CancellationToken cancellationToken)
    {
        if (LoadGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNextLoads > 0)
        {
            FailNextLoads--;
            throw new InvalidOperationException("database down");
        }

        return Connections.GetValueOrDefault(integrationId);
    }

    public Task<Result<MdrConnectionView>> ConnectAsync(Guid integrationId, MdrConnectionInput input, string actor, CancellationToken cancellationToken)
    {
        Calls.Add(("Connect", Guid.Empty, actor));
        Inputs.Add(input);
        if (input.RefreshToken != GoodToken)
        {
            return Task.FromResult<Result<MdrConnectionView>>(MdrErrors.RefreshTokenRejected("401"));
        }

        var view = Add(integrationId) with { ClientId = input.ClientId!, Role = MdrRole.SecurityOfficer, TenantScope = ["Contoso"], ConnectionName = "Tickets from MDR" };
        Connections[integrationId] = view;
        return Task.FromResult<Result<MdrConnectionView>>(view);
    }

    public Task<Result<MdrConnectionView>> ReplaceTokenAsync(Guid connectionId, MdrConnectionInput input, string actor, CancellationToken cancellationToken)
    {
        Calls.Add(("Replace", connectionId, actor));
        Inputs.Add(input);
        var existing = Connections.Values.Single(c => c.Id == connectionId);
        if (input.RefreshToken != GoodToken)
        {
            return Task.FromResult<Result<MdrConnectionView>>(MdrErrors.RefreshTokenRejected("401"));
        }

        var view = existing with { Status = MdrConnectionStatus.Connected, StatusMessage = null, ClientId = input.ClientId! };
        Connections[existing.IntegrationId] = view;
        return Task.FromResult<Result<MdrConnectionView>>(view);
    }

    public Task<Result<MdrConnectionTest>> TestAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        Calls.Add(("Test", connectionId, string.Empty));
        var view = Connections.Values.Single(c => c.Id == connectionId);
        if (view.Status == MdrConnectionStatus.RefreshTokenRejected)
        {
            return Task.FromResult<Result<MdrConnectionTest>>(MdrErrors.TokenLost());
        }

        return Task.FromResult<Result<MdrConnectionTest>>(new MdrConnectionTest(new MdrConnectionProfile(view.ConnectionName, view.Role, view.TenantScope), 12, 34, ["Contoso", "Fabrikam Ltd"]));
    }

    public Task<Result> SetSyncEnabledAsync(Guid connectionId, bool enabled, string actor, CancellationToken cancellationToken)
    {
        Calls.Add((enabled ? "Resume" : "Pause", connectionId, actor));
        var view = Connections.Values.Single(c => c.Id == connectionId);
        Connections[view.IntegrationId] = view with { SyncEnabled = enabled };
        return Task.FromResult(Result.Success());
    }

    public Task<Result> DeleteAsync(Guid connectionId, string actor, CancellationToken cancellationToken)
    {
        Calls.Add(("Delete", connectionId, actor));
        var view = Connections.Values.Single(c => c.Id == connectionId);
        Connections.Remove(view.IntegrationId);
        return Task.FromResult(Result.Success());
    }

    public Task<Result<IReadOnlyList<MdrTenantRow>>> ListTenantsAsync(Guid connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(ListTenantsError is { } error ? Result<IReadOnlyList<MdrTenantRow>>.Failure(error) : Result<IReadOnlyList<MdrTenantRow>>.Success([.. TenantRows]));

    public Task<Result> MapTenantAsync(Guid connectionId, string mdrTenantName, Guid tenantId, string actor, CancellationToken cancellationToken)
    {
        Calls.Add(($"Map {mdrTenantName} {tenantId}", connectionId, actor));
        var index = TenantRows.FindIndex(r => r.MdrTenantName == mdrTenantName);
        TenantRows[index] = TenantRows[index] with { TenantId = tenantId, TenantName = "mapped", CompanyId = 175, CompanyName = "Contoso Ltd (Autotask)" };
        return Task.FromResult(Result.Success());
    }

    public Task<Result> UnmapTenantAsync(Guid connectionId, string mdrTenantName, string actor, CancellationToken cancellationToken)
    {
        Calls.Add(($"Unmap {mdrTenantName}", connectionId, actor));
        var index = TenantRows.FindIndex(r => r.MdrTenantName == mdrTenantName);
        TenantRows[index] = new MdrTenantRow(mdrTenantName, null, null, null, null);
        return Task.FromResult(Result.Success());
    }

    public Task<Result<MdrTicketChoices>> GetTicketChoicesAsync(Guid connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(ChoicesError is { } error ? Result<MdrTicketChoices>.Failure(error) : Result<MdrTicketChoices>.Success(Choices));

    public Task<Result> SaveTicketingAsync(Guid connectionId, MdrTicketingSettings settings, string actor, CancellationToken cancellationToken)
    {
        Calls.Add(("SaveTicketing", connectionId, actor));
        SavedTicketing = settings;
        var view = Connections.Values.Single(c => c.Id == connectionId);
        Connections[view.IntegrationId] = view with { Ticketing = settings };
        return Task.FromResult(Result.Success());
    }

    /// <summary>Picklists shaped like a default Autotask's: two queues, priorities, statuses, issue types with sub-issue types.</summary>
    public static MdrTicketChoices SampleChoices() => new(
        [Pick("29682833", "Client Portal"), Pick("29683481", "Monitoring Alert")],
        [Pick("1", "High"), Pick("2", "Medium"), Pick("3", "Low"), Pick("4", "Critical")],
        [Pick("1", "New"), Pick("5", "Complete"), Pick("8", "In Progress")],
        [Pick("10", "Security"), Pick("11", "Hardware")],
        [Pick("101", "Malware", "10"), Pick("102", "Intrusion", "10"), Pick("111", "Disk", "11")]);

    private static AutotaskPicklistValue Pick(string value, string label, string parent = "") => new(value, label, true, false, 0, parent);
}
