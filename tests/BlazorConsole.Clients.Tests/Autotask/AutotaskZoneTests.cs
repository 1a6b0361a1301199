using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskZoneTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindZone_KnownUser_ReturnsTheUsersZoneWithoutSendingCredentials()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        var zone = AutotaskAssert.Success(await bed.Connector.FindZoneAsync(AutotaskSandboxUsers.EuropeUserName, None));

        Assert.Equal(AutotaskSandboxUsers.Europe, zone.Name);
        Assert.Equal(bed.Simulator.ZoneApiAddress(AutotaskSandboxUsers.Europe), zone.ApiAddress);
        Assert.EndsWith("/", zone.ApiAddress.ToString(), StringComparison.Ordinal);
        Assert.Equal(bed.Simulator.DatabaseIdOf(AutotaskSandboxUsers.Europe), zone.DatabaseId);
        var lookup = Assert.Single(bed.Simulator.Calls);
        Assert.False(lookup.SentCredentials);
    }

    [Fact]
    public async Task FindZone_UnknownUser_ZoneNotFound()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        var error = AutotaskAssert.Failure(await bed.Connector.FindZoneAsync("nobody@northwind-msp.example", None), AutotaskErrors.ZoneNotFoundCode);

        Assert.Contains("nobody@northwind-msp.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindZone_Twice_IsLookedUpOnce()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        AutotaskAssert.Success(await bed.Connector.FindZoneAsync(AutotaskSandboxUsers.FullUserName, None));
        AutotaskAssert.Success(await bed.Connector.FindZoneAsync(AutotaskSandboxUsers.FullUserName.ToUpperInvariant(), None));

        Assert.Equal(1, bed.Simulator.CountCalls("GET", "/atservicesrest/v1.0/zoneInformation"));
    }

    [Fact]
    public async Task Call_UserMovedToAnotherZone_ReReadsTheZoneOnceAndSucceeds()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.MoveUser(AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.Europe);

        var company = AutotaskAssert.Success(await client.GetCompanyAsync(AutotaskSeedData.ContosoLtdId, None));

        Assert.Equal("Contoso Ltd", company.CompanyName);
        Assert.Equal(AutotaskSandboxUsers.Europe, client.Zone.Name);
        Assert.Equal(2, bed.Simulator.CountCalls("GET", "/atservicesrest/v1.0/zoneInformation"));
        Assert.Equal(2, bed.Simulator.CountCalls("GET", "Companies/175"));
    }

    [Fact]
    public async Task Connect_WrongSecret_CredentialsRejectedAfterOneZoneReRead()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        AutotaskAssert.Failure(
            await bed.Connector.ConnectAsync(AutotaskTestBed.As(AutotaskSandboxUsers.FullUserName, "wrong-secret"), None),
            AutotaskErrors.CredentialsRejectedCode);

        Assert.Equal(2, bed.Simulator.CountCalls("GET", "/atservicesrest/v1.0/zoneInformation"));
    }

    [Fact]
    public async Task Connect_WrongIntegrationCode_UserOrIntegrationCodeRejected()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        AutotaskAssert.Failure(
            await bed.Connector.ConnectAsync(AutotaskTestBed.Full with { IntegrationCode = "SOMEONE-ELSES-CODE" }, None),
            AutotaskErrors.UserOrIntegrationCodeRejectedCode);
    }

    [Fact]
    public async Task Connect_BlankSecret_InvalidCredentialsAndNothingSent()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        AutotaskAssert.Failure(await bed.Connector.ConnectAsync(AutotaskTestBed.Full with { Secret = "" }, None), AutotaskErrors.InvalidCredentialsCode);

        Assert.Empty(bed.Simulator.Calls);
    }

    [Fact]
    public void Credentials_ToString_LeavesTheSecretOut()
    {
        var text = AutotaskTestBed.Full.ToString();

        Assert.DoesNotContain(AutotaskSandboxUsers.FullSecret, text, StringComparison.Ordinal);
        Assert.Contains(AutotaskSandboxUsers.FullUserName, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_SendTheThreeHeadersOnlyToTheZone()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        AutotaskAssert.Success(await client.GetCompanyAsync(0, None));

        var calls = bed.Simulator.Calls;
        Assert.All(calls.Where(call => call.Zone is null), call => Assert.False(call.SentCredentials));
        Assert.All(calls.Where(call => call.Zone is not null), call =>
        {
            Assert.True(call.SentCredentials);
            Assert.Equal(AutotaskSandboxUsers.FullUserName, call.UserName);
        });
    }
}
