using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Clients.Tests.Mdr;

public sealed class MdrTokenTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2030, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Exchange_IssuedToken_ReturnsPairWithProfileAndExpiries()
    {
        var time = new FakeTimeProvider(Start);
        await using var bed = await MdrTestBed.StartAsync(new MdrSimulatorOptions { TimeProvider = time });

        var grant = await bed.ConnectAsync(MdrSeedData.LimitedClientId);

        Assert.Equal(MdrSeedData.LimitedName, grant.Profile.ConnectionName);
        Assert.Equal(MdrRole.SecurityOfficer, grant.Profile.Role);
        Assert.Equal([MdrSeedData.Contoso, MdrSeedData.Fabrikam], grant.Profile.TenantNames);
        Assert.Equal(Start.AddHours(1), grant.AccessTokenExpires);
        Assert.Equal(Start.AddDays(7), grant.RefreshTokenExpires);
        Assert.Equal(1, bed.Simulator.Snapshot().Exchanges[MdrSeedData.LimitedClientId]);
    }

    [Fact]
    public async Task Exchange_FullAccessConnection_ProfileSeesEveryTenant()
    {
        await using var bed = await MdrTestBed.StartAsync();

        var grant = await bed.ConnectAsync();

        Assert.Equal(new MdrConnectionProfile(MdrSeedData.FullAccessName, MdrRole.Administrator, null), grant.Profile);
    }

    [Fact]
    public async Task Exchange_SameRefreshTokenTwice_SecondIsRejected()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, token, None));

        var error = MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.RefreshTokenRejectedCode);

        Assert.Contains("already been used", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_RotatedRefreshToken_WorksOnceAndTheNewAccessTokenReads()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var first = await bed.ConnectAsync();

        var second = MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, first.RefreshToken, None));

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        MdrAssert.Success(await bed.Client.CountIncidentsAsync(bed.Full, second.AccessToken, new MdrIncidentQuery(null), None));
        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, first.RefreshToken, None), MdrErrors.RefreshTokenRejectedCode);
    }

    [Fact]
    public async Task Exchange_RevokedToken_IsRejected()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        Assert.Equal(1, bed.Simulator.RevokeTokens(MdrSeedData.FullAccessClientId));

        var error = MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.RefreshTokenRejectedCode);

        Assert.Contains("revoked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_SeededRevokedConnectionToken_IsRejected()
    {
        await using var bed = await MdrTestBed.StartAsync();

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Endpoint(MdrSeedData.RevokedClientId), bed.Simulator.RevokedRefreshToken, None), MdrErrors.RefreshTokenRejectedCode);
    }

    [Fact]
    public async Task Exchange_IssuedTokenAfter24Hours_IsRejectedAsExpired()
    {
        var time = new FakeTimeProvider(Start);
        await using var bed = await MdrTestBed.StartAsync(new MdrSimulatorOptions { TimeProvider = time });
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);

        time.Advance(TimeSpan.FromHours(24));

        var error = MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.RefreshTokenRejectedCode);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_RotatedTokenWithinSevenDays_WorksAfterThatIsRejected()
    {
        var time = new FakeTimeProvider(Start);
        await using var bed = await MdrTestBed.StartAsync(new MdrSimulatorOptions { TimeProvider = time });
        var first = await bed.ConnectAsync();
        time.Advance(TimeSpan.FromDays(6));
        var second = MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, first.RefreshToken, None));

        time.Advance(TimeSpan.FromDays(7));

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, second.RefreshToken, None), MdrErrors.RefreshTokenRejectedCode);
    }

    [Fact]
    public async Task Exchange_WrongClientId_IsRejected()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Endpoint(MdrSeedData.LimitedClientId), token, None), MdrErrors.RefreshTokenRejectedCode);
        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Endpoint("no-such-client"), token, None), MdrErrors.RefreshTokenRejectedCode);

        MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, token, None));
    }

    [Fact]
    public async Task Call_AccessTokenAfterAnHour_IsRejectedAsAccessToken()
    {
        var time = new FakeTimeProvider(Start);
        await using var bed = await MdrTestBed.StartAsync(new MdrSimulatorOptions { TimeProvider = time });
        var grant = await bed.ConnectAsync();

        time.Advance(TimeSpan.FromHours(1));

        MdrAssert.Failure(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null), None), MdrErrors.AccessTokenRejectedCode);
        var call = bed.Simulator.Calls[^1];
        Assert.Equal((403, "token_expired"), (call.Status, call.Error));
    }

    [Fact]
    public async Task Call_RevokedAccessToken_IsRejectedAsAccessToken()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.RevokeTokens(MdrSeedData.FullAccessClientId);

        MdrAssert.Failure(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null), None), MdrErrors.AccessTokenRejectedCode);
        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, grant.RefreshToken, None), MdrErrors.RefreshTokenRejectedCode);
    }

    [Fact]
    public async Task Call_AccessTokenOfAnotherConnection_IsRejectedAsAccessToken()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync(MdrSeedData.LimitedClientId);

        MdrAssert.Failure(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, new MdrIncidentQuery(null), None), MdrErrors.AccessTokenRejectedCode);
    }

    [Fact]
    public async Task Exchange_EmptyTokenOrBadEndpoint_InvalidInputAndNothingSent()
    {
        await using var bed = await MdrTestBed.StartAsync();

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, " ", None), MdrErrors.InvalidInputCode);
        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Endpoint(" "), "x", None), MdrErrors.InvalidInputCode);
        MdrAssert.Failure(await bed.Client.ExchangeAsync(new MdrEndpoint(new Uri("http://127.0.0.1/api/v1"), MdrSeedData.FullAccessClientId), "x", None), MdrErrors.InvalidInputCode);

        Assert.Empty(bed.Simulator.Calls);
    }
}
