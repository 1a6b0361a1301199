using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tests.Ksc;
using BlazorConsole.Testing.Access;
using BlazorConsole.Testing.Ksc;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorConsole.Core.Tests.Hierarchy;

/// <summary>Adding and removing secondaries (and fetching a future secondary's certificate) need an Administrator covering all tenants.</summary>
public sealed class HierarchyServiceAccessTests
{
    private readonly TestAccessScope _access = new();
    private readonly RecordingConnector _connector = new();
    private readonly HierarchyService _service;

    public HierarchyServiceAccessTests()
    {
        var secrets = new TestSecretProtector();
        var store = new FakeKscConnectionStore
        {
            Row = new KscConnection
            {
                Address = "ksc.example.com",
                Port = KscDefaults.Port,
                UserName = "integration",
                ProtectedPassword = secrets.Protect("Ksc-Passw0rd!"),
                Tested = true,
                UpdatedBy = "admin",
            },
        };
        _service = new HierarchyService(store, secrets, _connector, new AddSecondaryInputValidator(), NullLogger<HierarchyService>.Instance, _access);
    }

    [Theory]
    [InlineData("Operator")]
    [InlineData("Auditor")]
    [InlineData("ScopedAdministrator")]
    public async Task Changes_NotAnAdministratorOfAllTenants_RefusedWithoutContactingAnyServer(string principal)
    {
        _access.ActAs(principal);

        var added = await _service.AddAsync(new AddSecondaryInput(), "mallory", CancellationToken.None);
        var removed = await _service.RemoveAsync(7, "mallory", CancellationToken.None);
        var fetched = await _service.FetchCertificateAsync("ksc-branch.example.com", KscDefaults.Port, CancellationToken.None);

        Assert.Same(AccessScopeErrors.AdministratorRequired, added.Error);
        Assert.Same(AccessScopeErrors.AdministratorRequired, removed.Error);
        Assert.Same(AccessScopeErrors.AdministratorRequired, fetched.Error);
        Assert.Empty(_connector.Calls);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("Administrator")]
    public async Task Changes_AdministratorOfAllTenants_ReachTheServer(string principal)
    {
        _access.ActAs(principal);

        var added = await _service.AddAsync(new AddSecondaryInput(), "alice", CancellationToken.None);
        var removed = await _service.RemoveAsync(7, "alice", CancellationToken.None);
        var fetched = await _service.FetchCertificateAsync("ksc-branch.example.com", KscDefaults.Port, CancellationToken.None);

        // an empty wizard is bad input, not a refusal
        Assert.Equal(ErrorKind.Validation, added.Error!.Kind);
        Assert.Same(RecordingConnector.Unreachable, removed.Error);
        Assert.Same(RecordingConnector.Unreachable, fetched.Error);
        Assert.Equal(["open ksc.example.com", "fetch ksc-branch.example.com"], _connector.Calls);
    }

    [Fact]
    public async Task Get_Auditor_LooksAtThePrimary()
    {
        _access.ActAs("Auditor");

        var view = await _service.GetAsync(CancellationToken.None);

        Assert.Same(RecordingConnector.Unreachable, view.Error);
        Assert.Equal(["open ksc.example.com"], _connector.Calls);
    }

    /// <summary>Records what the service asked for and answers every call as an unreachable server.</summary>
    private sealed class RecordingConnector : IKscHierarchyConnector
    {
        public static readonly Error Unreachable = Error.Unavailable(KscErrors.CallFailedCode, "The server cannot be reached.");

        public List<string> Calls { get; } = [];

        public Task<Result<KscCertificate>> FetchCertificateAsync(string address, int port, CancellationToken cancellationToken)
        {
            Calls.Add("fetch " + address);
            return Task.FromResult<Result<KscCertificate>>(Unreachable);
        }

        public Task<Result<IKscHierarchySession>> OpenAsync(KscEndpoint endpoint, string? twoStepCode, CancellationToken cancellationToken)
        {
            Calls.Add("open " + endpoint.Address);
            return Task.FromResult<Result<IKscHierarchySession>>(Unreachable);
        }
    }
}
