using BlazorConsole.Core.Ksc;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Clients.Tests.Ksc;

public sealed class KscSessionVirtualServerTests
{
    private const string StrongPassword = "Tenant-Adm1n!";

    [Fact]
    public async Task AddVirtualServer_NewName_ReturnsItWithItsUid()
    {
        await using var bed = await KscTestBed.StartAsync();
        var folder = bed.Simulator.EnsureGroup("Contoso");
        await using var session = await bed.OpenAsync();

        var server = ResultAssert.Success(await session.AddVirtualServerAsync(folder, "Contoso", CancellationToken.None));

        var simulated = Assert.Single(bed.Simulator.Snapshot().VirtualServers);
        Assert.Equal(new KscVirtualServer(simulated.Id, simulated.Uid, "Contoso", folder, true), server);
        var listed = ResultAssert.Success(await session.GetVirtualServersAsync(CancellationToken.None));
        Assert.Equal(server, Assert.Single(listed));
    }

    [Fact]
    public async Task AddVirtualServer_DisplayNameTaken_RemovesTheRenamedServerAndFails()
    {
        await using var bed = await KscTestBed.StartAsync();
        var existing = bed.Simulator.EnsureVirtualServer("Contoso");
        await using var session = await bed.OpenAsync();

        var error = ResultAssert.Failure(
            await session.AddVirtualServerAsync(bed.Simulator.ManagedDevicesGroupId, "Contoso", CancellationToken.None),
            KscErrors.VirtualServerNameTakenCode);

        Assert.Contains("Contoso", error.Message, StringComparison.Ordinal);
        Assert.Equal(existing.Id, Assert.Single(bed.Simulator.Snapshot().VirtualServers).Id);
        Assert.Equal(1, bed.Simulator.CountCalls("VServers.DelVServer"));
    }

    [Fact]
    public async Task AddVirtualServer_LimitReached_ReturnsVirtualServerLimit()
    {
        await using var bed = await KscTestBed.StartAsync();
        for (var index = 1; index < 500; index++)
        {
            bed.Simulator.EnsureVirtualServer($"Tenant {index}");
        }

        await using var session = await bed.OpenAsync();
        var root = bed.Simulator.ManagedDevicesGroupId;

        ResultAssert.Success(await session.AddVirtualServerAsync(root, "Tenant 500", CancellationToken.None));
        ResultAssert.Failure(await session.AddVirtualServerAsync(root, "Tenant 501", CancellationToken.None), KscErrors.VirtualServerLimitCode);

        Assert.Equal(500, bed.Simulator.Snapshot().VirtualServers.Count);
    }

    [Fact]
    public async Task SetVirtualServerEnabled_False_DisablesIt()
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = bed.Simulator.EnsureVirtualServer("Contoso");
        await using var session = await bed.OpenAsync();

        ResultAssert.Success(await session.SetVirtualServerEnabledAsync(server.Id, false, CancellationToken.None));

        Assert.False(Assert.Single(bed.Simulator.Snapshot().VirtualServers).Enabled);
        ResultAssert.Failure(await session.SetVirtualServerEnabledAsync(999, true, CancellationToken.None), KscErrors.ObjectNotFoundCode);
    }

    [Fact]
    public async Task RemoveVirtualServer_Existing_RemovesItWithItsUsers()
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = bed.Simulator.EnsureVirtualServer("Contoso");
        bed.Simulator.EnsureUser("contoso-admin", StrongPassword, server.Id);
        await using var session = await bed.OpenAsync();

        ResultAssert.Success(await session.RemoveVirtualServerAsync(server.Id, CancellationToken.None));

        var snapshot = bed.Simulator.Snapshot();
        Assert.Empty(snapshot.VirtualServers);
        Assert.DoesNotContain(snapshot.Users, user => user.Name == "contoso-admin");
        ResultAssert.Failure(await session.RemoveVirtualServerAsync(server.Id, CancellationToken.None), KscErrors.ObjectNotFoundCode);
    }

    [Fact]
    public async Task AddUser_OnVirtualServer_CreatesAnAccountThatCanSignInThere()
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = AddServer(bed, "Contoso");
        await using var session = await bed.OpenAsync();

        var userId = ResultAssert.Success(await session.AddUserAsync(server, "contoso-admin", StrongPassword, CancellationToken.None));

        var users = ResultAssert.Success(await session.GetUsersAsync(server, CancellationToken.None));
        Assert.Equal(new KscUser(userId, "contoso-admin"), Assert.Single(users));
        var simulated = Assert.Single(bed.Simulator.Snapshot().UsersOf(server.Id));
        Assert.Equal(StrongPassword, simulated.Password);
        Assert.Equal(1, bed.Simulator.OpenSessions);
        Assert.All(
            bed.Simulator.Calls.Where(call => call.Method is "SecurityPolicy.AddUser" or "SecurityPolicy.GetUsers"),
            call => Assert.Equal(server.Uid, call.VirtualServer));
    }

    [Fact]
    public async Task AddUser_NameTakenOnAnotherServer_ReturnsUserAlreadyExists()
    {
        await using var bed = await KscTestBed.StartAsync();
        var other = bed.Simulator.EnsureVirtualServer("Fabrikam");
        bed.Simulator.EnsureUser("shared-name", StrongPassword, other.Id);
        var server = AddServer(bed, "Contoso");
        await using var session = await bed.OpenAsync();

        ResultAssert.Failure(await session.AddUserAsync(server, "Shared-Name", StrongPassword, CancellationToken.None), TenantErrors.UserAlreadyExistsCode);
        ResultAssert.Failure(await session.AddUserAsync(server, bed.Simulator.Options.AdminUserName, StrongPassword, CancellationToken.None), TenantErrors.UserAlreadyExistsCode);

        Assert.Empty(bed.Simulator.Snapshot().UsersOf(server.Id));
    }

    [Theory]
    [InlineData("Short1!")]
    [InlineData("alllowercase1")]
    [InlineData("NoDigitsOrSymbols")]
    public async Task AddUser_WeakPassword_ReturnsPasswordNotComplyPolicyWithoutThePassword(string password)
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = AddServer(bed, "Contoso");
        await using var session = await bed.OpenAsync();

        var error = ResultAssert.Failure(await session.AddUserAsync(server, "contoso-admin", password, CancellationToken.None), TenantErrors.PasswordNotComplyPolicyCode);

        Assert.DoesNotContain(password, error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Snapshot().UsersOf(server.Id));
    }

    [Fact]
    public async Task DeleteUser_Existing_RemovesItAndAgainReturnsNotFound()
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = AddServer(bed, "Contoso");
        var user = bed.Simulator.EnsureUser("contoso-admin", StrongPassword, server.Id);
        await using var session = await bed.OpenAsync();

        ResultAssert.Success(await session.DeleteUserAsync(server, user.Id, CancellationToken.None));

        Assert.Empty(bed.Simulator.Snapshot().UsersOf(server.Id));
        ResultAssert.Failure(await session.DeleteUserAsync(server, user.Id, CancellationToken.None), KscErrors.ObjectNotFoundCode);
    }

    [Fact]
    public async Task UserCalls_VirtualServerGone_ReturnObjectNotFound()
    {
        await using var bed = await KscTestBed.StartAsync();
        await using var session = await bed.OpenAsync();
        var gone = new KscVirtualServer(55, "no-such-uid", "Gone", bed.Simulator.ManagedDevicesGroupId, true);

        ResultAssert.Failure(await session.GetUsersAsync(gone, CancellationToken.None), KscErrors.ObjectNotFoundCode);
        ResultAssert.Failure(await session.DeleteUserAsync(gone, 3, CancellationToken.None), KscErrors.ObjectNotFoundCode);
    }

    [Fact]
    public async Task GrantAdministratorRights_User_StoresAnAceWithEveryPossibleRight()
    {
        await using var bed = await KscTestBed.StartAsync();
        var server = AddServer(bed, "Contoso");
        var user = bed.Simulator.EnsureUser("contoso-admin", StrongPassword, server.Id);
        await using var session = await bed.OpenAsync();

        ResultAssert.Success(await session.GrantAdministratorRightsAsync(server, user.Id, CancellationToken.None));
        ResultAssert.Success(await session.GrantAdministratorRightsAsync(server, user.Id, CancellationToken.None));

        var ace = Assert.Single(bed.Simulator.Snapshot().Permissions[server.Id]);
        Assert.Equal(user.Id, ace.UserId);
        Assert.Equal(0xFF, ace.AllowMask);
        Assert.Equal(0, ace.DenyMask);
    }

    private static KscVirtualServer AddServer(KscTestBed bed, string name)
    {
        var simulated = bed.Simulator.EnsureVirtualServer(name);
        return new KscVirtualServer(simulated.Id, simulated.Uid, simulated.DisplayName, simulated.ParentGroupId, simulated.Enabled);
    }
}
