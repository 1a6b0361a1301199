using BlazorConsole.Core.Integrations.Mdr;
using BlazorConsole.Sandbox.Mdr;

namespace BlazorConsole.Clients.Tests.Mdr;

public sealed class MdrResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly MdrIncidentQuery All = new(null);

    [Fact]
    public async Task Read_StormOf429s_CompletesAfterRetryAfter()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.Storm429(count: 2, retryAfterSeconds: 1, path: "incidents/list");

        MdrAssert.Success(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, All, None));

        var calls = bed.Simulator.Calls.Where(call => call.Path == "incidents/list").ToList();
        Assert.Equal([429, 429, 200], calls.Select(call => call.Status));
        // Retry-After: 1 was honoured: each attempt came at least (about) a second after the refused one.
        Assert.All(calls.Zip(calls.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromMilliseconds(900), $"retried after {(pair.Second.At - pair.First.At).TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task Exchange_429_ThrottledAndNeverSentAgain()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        bed.Simulator.Faults.Storm429(count: 3, retryAfterSeconds: 0, path: "session/confirm");

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.ThrottledCode);

        Assert.Equal(1, bed.Simulator.CountCalls("session/confirm"));
    }

    [Fact]
    public async Task Read_RetryAfterLongerThanAllowed_ThrottledWithoutWaiting()
    {
        await using var bed = await MdrTestBed.StartAsync(configure: options => options.MaxRetryAfter = TimeSpan.FromSeconds(30));
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.Storm429(count: 1, retryAfterSeconds: 3600, path: "incidents/count");

        MdrAssert.Failure(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, All, None), MdrErrors.ThrottledCode);

        Assert.Equal(1, bed.Simulator.CountCalls("incidents/count"));
    }

    [Theory]
    [InlineData(MdrFaultKind.Http500)]
    [InlineData(MdrFaultKind.Http503)]
    public async Task Read_ServerErrorOnce_IsRetriedAndSucceeds(MdrFaultKind kind)
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("incidents/count", kind: kind);

        Assert.Equal(12, MdrAssert.Success(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, All, None)));

        Assert.Equal(2, bed.Simulator.CountCalls("incidents/count"));
    }

    [Fact]
    public async Task Read_ServerErrorEveryTime_ServerErrorAfterTheRetries()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("incidents/count", kind: MdrFaultKind.Http503, times: 20);

        var error = MdrAssert.Failure(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, All, None), MdrErrors.ServerErrorCode);

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(bed.Options.MaxRetries + 1, bed.Simulator.CountCalls("incidents/count"));
    }

    [Fact]
    public async Task Exchange_Http500_ServerErrorAndNeverSentAgain()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        bed.Simulator.Faults.FailCall("session/confirm", kind: MdrFaultKind.Http500);

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.ServerErrorCode);

        Assert.Equal(1, bed.Simulator.CountCalls("session/confirm"));
    }

    [Fact]
    public async Task Read_ConnectionDropped_IsRetriedAndSucceeds()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("assets/list", kind: MdrFaultKind.DropConnection);

        Assert.Equal(20, MdrAssert.Success(await bed.Client.ListAssetsAsync(bed.Full, grant.AccessToken, null, None)).Count);

        Assert.Equal(2, bed.Simulator.CountCalls("assets/list"));
    }

    [Fact]
    public async Task Exchange_ConnectionDropped_UnreachableAndNeverSentAgain()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        bed.Simulator.Faults.FailCall("session/confirm", kind: MdrFaultKind.DropConnection);

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.UnreachableCode);

        Assert.Equal(1, bed.Simulator.CountCalls("session/confirm"));
    }

    [Theory]
    [InlineData(MdrFaultKind.TokenExpired)]
    [InlineData(MdrFaultKind.TokenRevoked)]
    [InlineData(MdrFaultKind.Http401)]
    public async Task Read_TokenRefused_AccessTokenRejectedWithoutRetry(MdrFaultKind kind)
    {
        await using var bed = await MdrTestBed.StartAsync();
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.FailCall("incidents/list", kind: kind);

        MdrAssert.Failure(await bed.Client.ListIncidentsAsync(bed.Full, grant.AccessToken, All, None), MdrErrors.AccessTokenRejectedCode);

        Assert.Equal(1, bed.Simulator.CountCalls("incidents/list"));
    }

    [Fact]
    public async Task Exchange_Http401Fault_RefreshTokenRejected()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        bed.Simulator.Faults.FailCall("session/confirm", kind: MdrFaultKind.Http401);

        MdrAssert.Failure(await bed.Client.ExchangeAsync(bed.Full, token, None), MdrErrors.RefreshTokenRejectedCode);

        // the injected refusal did not spend the token
        MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, token, None));
    }

    [Fact]
    public async Task Read_SlowerThanTheRequestTimeout_RetriedThenUnreachable()
    {
        await using var bed = await MdrTestBed.StartAsync(configure: options =>
        {
            options.RequestTimeout = TimeSpan.FromMilliseconds(300);
            options.MaxRetries = 1;
        });
        var grant = await bed.ConnectAsync();
        bed.Simulator.Faults.Delay(TimeSpan.FromSeconds(5), "incidents/count");

        var error = MdrAssert.Failure(await bed.Client.CountIncidentsAsync(bed.Full, grant.AccessToken, All, None), MdrErrors.UnreachableCode);

        Assert.Contains("no answer in time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_CancelledWhileInFlight_StillReturnsTheRotatedPair()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);
        bed.Simulator.Faults.Delay(TimeSpan.FromSeconds(1), "session/confirm");
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var grant = MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, token, stopping.Token));

        Assert.True(stopping.IsCancellationRequested);
        MdrAssert.Success(await bed.Client.ExchangeAsync(bed.Full, grant.RefreshToken, None));
    }

    [Fact]
    public async Task Exchange_CancelledBeforeSending_ThrowsAndSendsNothing()
    {
        await using var bed = await MdrTestBed.StartAsync();
        var token = bed.Simulator.IssueRefreshToken(MdrSeedData.FullAccessClientId);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bed.Client.ExchangeAsync(bed.Full, token, new CancellationToken(canceled: true)));

        Assert.Empty(bed.Simulator.Calls);
    }
}
