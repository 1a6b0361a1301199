using System.Globalization;
using System.Text;
using System.Xml.Linq;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Api.Tenants;

/// <summary>
/// The REST API's complete-tenant paths end to end: the console with its real KSC client, connected (certificate
/// trusted) to the KSC simulator over HTTPS; every check reads the simulator's state.
/// </summary>
public sealed class CompleteTenantApiTests : IAsyncLifetime
{
    private const string AdminPassword = "Tenant-Adm1n-Pass!";
    private readonly ConsoleFactory _console = new();
    private KscSimulator _ksc = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _ksc = await KscSimulator.StartAsync(new KscSimulatorOptions { ActionCheckDelay = TimeSpan.FromMilliseconds(10) });
        _client = _console.CreateApiClient();
        await TrustAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _console.DisposeAsync();
        await _ksc.DisposeAsync();
    }

    [Fact]
    public async Task Create_Complete_MakesFoldersServerAndAdministratorInKscAndReturnsTheTenant()
    {
        var task = await CreateAsync("Fabrikam", "fabrikam-admin");

        Assert.Equal("Completed", task.Element("state")?.Value);
        var tenant = task.Element("result")!.Element("tenant")!;
        var state = _ksc.Snapshot();
        var root = Assert.Single(state.Groups, g => g.Name == KscDefaults.MultitenancyFolderName);
        Assert.Equal(_ksc.ManagedDevicesGroupId, root.ParentId);
        var folder = Assert.Single(state.Groups, g => g.ParentId == root.Id);
        Assert.Equal("Fabrikam", folder.Name);
        var server = Assert.Single(state.VirtualServers);
        Assert.Equal(("Fabrikam", folder.Id), (server.DisplayName, server.ParentGroupId));
        var admin = Assert.Single(state.UsersOf(server.Id));
        Assert.Equal(("fabrikam-admin", AdminPassword), (admin.Name, admin.Password));
        Assert.Contains(state.Permissions[server.Id], p => p.UserId == admin.Id && p.AllowMask != 0);

        var stored = await (await _client.GetApiAsync($"/tenants/{tenant.Attribute("id")!.Value}")).ReadXmlAsync();
        Assert.Equal("Complete", stored.Element("type")?.Value);
        Assert.Equal(server.Id.ToString(CultureInfo.InvariantCulture), stored.Element("vKsc")?.Attribute("id")?.Value);
        Assert.Equal("fabrikam-admin", stored.Element("vKsc")?.Element("user")?.Element("name")?.Value);
        Assert.Equal(0, _ksc.OpenSessions);
    }

    [Theory]
    [InlineData("HostGroup.FindGroups", 1)]
    [InlineData("HostGroup.AddGroup", 1)]
    [InlineData("HostGroup.AddGroup", 2)]
    [InlineData("VServers.AddVServerInfo", 1)]
    [InlineData("DataProtectionApi.ProtectUtf16StringGlobally", 1)]
    [InlineData("SecurityPolicy.AddUser", 1)]
    [InlineData("VServers.SetPermissions", 1)]
    public async Task Create_KscFailsAtAnyStep_LeavesKscAndTheStoreAsBefore(string method, int call)
    {
        var before = Describe(_ksc.Snapshot());
        _ksc.Faults.FailCall(method, call);

        var task = await CreateAsync("Fabrikam", "fabrikam-admin");

        Assert.Equal("Failed", task.Element("state")?.Value);
        Assert.StartsWith(KscErrors.CallFailedCode, task.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
        Assert.Empty((await (await _client.GetApiAsync("/tenants")).ReadXmlAsync()).Elements("tenant"));
    }

    [Fact]
    public async Task Create_ConnectionDroppedWhileAddingTheServer_LeavesNothingBehind()
    {
        var before = Describe(_ksc.Snapshot());
        _ksc.Faults.DropNextCall("VServers.AddVServerInfo");

        var task = await CreateAsync("Fabrikam", "fabrikam-admin");

        Assert.Equal("Failed", task.Element("state")?.Value);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
    }

    [Fact]
    public async Task Create_WeakPassword_FailsPasswordNotComplyPolicyAndLeavesNothing()
    {
        var before = Describe(_ksc.Snapshot());

        var task = await CreateAsync("Fabrikam", "fabrikam-admin", password: "weakpass");

        Assert.StartsWith(TenantErrors.PasswordNotComplyPolicyCode, task.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
    }

    [Fact]
    public async Task Create_AdministratorNameUsedOnTheMainServer_FailsUserAlreadyExists()
    {
        _ksc.EnsureUser("operator", "Other-Passw0rd!");
        var before = Describe(_ksc.Snapshot());

        var task = await CreateAsync("Fabrikam", "operator");

        Assert.StartsWith(TenantErrors.UserAlreadyExistsCode, task.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
    }

    [Fact]
    public async Task Create_TenantFolderAlreadyInKsc_FailsGroupAlreadyExistsAndKeepsIt()
    {
        _ksc.EnsureGroup("Fabrikam", _ksc.EnsureGroup(KscDefaults.MultitenancyFolderName));
        var before = Describe(_ksc.Snapshot());

        var task = await CreateAsync("Fabrikam", "fabrikam-admin");

        Assert.StartsWith(TenantErrors.GroupAlreadyExistsCode, task.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
    }

    [Fact]
    public async Task Create_SameNameTwice_SecondFailsTenantNameExistsAndKeepsTheFirst()
    {
        await CreateAsync("Fabrikam", "fabrikam-admin");
        var before = Describe(_ksc.Snapshot());

        var task = await CreateAsync("FABRIKAM", "other-admin");

        Assert.StartsWith(TenantErrors.NameAlreadyExistsCode, task.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
    }

    [Fact]
    public async Task Create_AfterKscChangedItsCertificate_FailsCertificateChangedUntilTrustedAgain()
    {
        _ksc.RotateCertificate();

        var refused = await CreateAsync("Fabrikam", "fabrikam-admin");

        Assert.StartsWith(KscErrors.CertificateChangedCode, refused.Element("error")?.Value, StringComparison.Ordinal);
        Assert.Empty(_ksc.Snapshot().VirtualServers);

        await TrustAsync();
        var created = await CreateAsync("Fabrikam", "fabrikam-admin");

        Assert.Equal("Completed", created.Element("state")?.Value);
    }

    [Fact]
    public async Task ActivateAndDeactivate_Complete_EnableAndDisableItsVirtualServer()
    {
        var id = TenantId(await CreateAsync("Fabrikam", "fabrikam-admin"));

        var activated = await _console.RunTaskAsync(_client, await _client.PostApiAsync($"/tenants/{id}/activate"));
        Assert.Equal("true", activated.Element("result")?.Value);
        Assert.True(Assert.Single(_ksc.Snapshot().VirtualServers).Enabled);

        await _console.RunTaskAsync(_client, await _client.PostApiAsync($"/tenants/{id}/deactivate"));
        Assert.False(Assert.Single(_ksc.Snapshot().VirtualServers).Enabled);
        Assert.Equal("Inactive", (await (await _client.GetApiAsync($"/tenants/{id}")).ReadXmlAsync()).Element("status")?.Value);
    }

    [Fact]
    public async Task Delete_WithArtifacts_RemovesServerAccountAndFoldersFromKsc()
    {
        var before = Describe(_ksc.Snapshot());
        var id = TenantId(await CreateAsync("Fabrikam", "fabrikam-admin"));

        var task = await _console.RunTaskAsync(_client, await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{id}?removeTenantArtifacts=true"));

        Assert.Equal("Completed", task.Element("state")?.Value);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetApiAsync($"/tenants/{id}")).StatusCode);
    }

    [Fact]
    public async Task Delete_WithArtifactsWhileAnotherTenantRemains_KeepsTheMultitenancyFolder()
    {
        var first = TenantId(await CreateAsync("Fabrikam", "fabrikam-admin"));
        await CreateAsync("Contoso", "contoso-admin");

        await _console.RunTaskAsync(_client, await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{first}?removeTenantArtifacts=true"));

        var state = _ksc.Snapshot();
        Assert.Equal("Contoso", Assert.Single(state.VirtualServers).DisplayName);
        Assert.Contains(state.Groups, g => g.Name == KscDefaults.MultitenancyFolderName);
        Assert.DoesNotContain(state.Groups, g => g.Name == "Fabrikam");
    }

    [Fact]
    public async Task Delete_WithoutArtifacts_RemovesOnlyTheRecord()
    {
        var id = TenantId(await CreateAsync("Fabrikam", "fabrikam-admin"));
        var before = Describe(_ksc.Snapshot());

        var task = await _console.RunTaskAsync(_client, await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{id}?removeTenantArtifacts=false"));

        Assert.Equal("Completed", task.Element("state")?.Value);
        Assert.Equal(before, Describe(_ksc.Snapshot()));
    }

    private async Task TrustAsync()
    {
        var service = _console.Services.GetRequiredService<KscConnectionService>();
        var input = new KscConnectionInput
        {
            Address = _ksc.Host,
            Port = _ksc.Port,
            UserName = _ksc.Options.AdminUserName,
            Password = _ksc.Options.AdminPassword,
        };
        var trusted = await service.TrustAsync(input, _ksc.CertificateThumbprint, ConsoleFactory.AdminUserName, CancellationToken.None);
        Assert.True(trusted.Value!.Saved);
    }

    private async Task<XElement> CreateAsync(string name, string admin, string password = AdminPassword)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(password));
        var accepted = await _client.PostXmlAsync(
            "/tenants",
            $"<tenant><name>{name}</name><type>Complete</type><vKsc><user><name>{admin}</name><password>{encoded}</password></user></vKsc></tenant>");
        return await _console.RunTaskAsync(_client, accepted);
    }

    private static string TenantId(XElement task) => task.Element("result")!.Element("tenant")!.Attribute("id")!.Value;

    /// <summary>Everything KSC holds, ordered, for "state equal to before" checks.</summary>
    private static string Describe(KscSimulatorSnapshot state) => string.Join('\n',
        state.Groups.OrderBy(g => g.Id).Select(g => $"group {g.Id} {g.Name} in {g.ParentId}")
            .Concat(state.VirtualServers.OrderBy(s => s.Id).Select(s => $"server {s.Id} {s.DisplayName} in {s.ParentGroupId} {s.Enabled}"))
            .Concat(state.Users.OrderBy(u => u.Id).Select(u => $"user {u.Id} {u.Name} on {u.VirtualServerId}"))
            .Concat(state.Permissions.OrderBy(p => p.Key).SelectMany(p => p.Value.Select(a => $"acl {p.Key} {a.UserId} {a.AllowMask}"))));
}
