using BlazorConsole.Clients.Common;
using BlazorConsole.Sandbox.Ksc;

namespace BlazorConsole.Clients.Tests.Ksc;

public sealed class KscSimulatorRulesTests
{
    [Theory]
    [InlineData("Abcdef1!", true)]
    [InlineData("abcdefg1!", true)]
    [InlineData("ABCDEFG1", false)]
    [InlineData("Abcdefgh", false)]
    [InlineData("Ab1!", false)]
    [InlineData("abcdefgh1", false)]
    public void MeetsPasswordPolicy_EightCharactersAndThreeClasses(string password, bool expected) =>
        Assert.Equal(expected, KscSimulator.MeetsPasswordPolicy(password));

    [Fact]
    public async Task EnsureUser_NameOfAnotherServersUser_Throws()
    {
        await using var simulator = await KscSimulator.StartAsync();
        var server = simulator.EnsureVirtualServer("Contoso");

        Assert.Throws<InvalidOperationException>(() => simulator.EnsureUser(KscSimulatorOptions.DefaultAdminUserName, "Whatever-1", server.Id));
        Assert.Equal(simulator.EnsureUser("svc", "Whatever-1").Id, simulator.EnsureUser("svc", "Whatever-1").Id);
    }

    [Fact]
    public async Task EnsureVirtualServer_SameName_ReturnsTheSameServer()
    {
        await using var simulator = await KscSimulator.StartAsync();

        var first = simulator.EnsureVirtualServer("Contoso");
        var second = simulator.EnsureVirtualServer("Contoso");

        Assert.Equal(first, second);
        Assert.Single(simulator.Snapshot().VirtualServers);
    }

    [Fact]
    public async Task ResetState_AfterChanges_LeavesOnlyTheRootAndTheAdministrator()
    {
        await using var simulator = await KscSimulator.StartAsync();
        simulator.EnsureVirtualServer("Contoso");
        simulator.EnsureGroup("Folder");

        simulator.ResetState();

        var snapshot = simulator.Snapshot();
        Assert.Equal(simulator.Options.ManagedDevicesGroupName, Assert.Single(snapshot.Groups).Name);
        Assert.Empty(snapshot.VirtualServers);
        Assert.Equal(KscSimulatorOptions.DefaultAdminUserName, Assert.Single(snapshot.Users).Name);
    }

    [Fact]
    public async Task RotateCertificate_OpenConnections_AreClosed()
    {
        await using var simulator = await KscSimulator.StartAsync();
        var before = simulator.CertificateThumbprint;
        using var http = new HttpClient(PinnedHttpHandler.Create(new PinnedCertificateValidator(before))) { BaseAddress = simulator.BaseAddress };
        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.True(health.IsSuccessStatusCode);

        simulator.RotateCertificate();

        Assert.NotEqual(before, simulator.CertificateThumbprint);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("healthz", UriKind.Relative)));
    }
}
