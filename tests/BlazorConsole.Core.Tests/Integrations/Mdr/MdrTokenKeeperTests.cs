using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Core.Tests.Integrations.Mdr;

public sealed class MdrTokenKeeperTests
{
    private readonly MdrHarness _h = new();

    [Fact]
    public async Task GetSession_AccessTokenFarFromExpiry_UsesItWithoutExchange()
    {
        await _h.ConnectAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(57));

        var session = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);

        Assert.True(session.IsSuccess);
        Assert.Single(_h.Mdr.Exchanges);
    }

    [Fact]
    public async Task GetSession_WithinTwoMinutesOfExpiry_ExchangesOnceAndStoresTheRotatedPair()
    {
        await _h.ConnectAsync();
        var firstRefresh = _h.Secrets.Unprotect(_h.Connection.ProtectedRefreshToken);
        _h.Time.Advance(TimeSpan.FromMinutes(58) + TimeSpan.FromSeconds(1));

        var session = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        var later = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);

        Assert.True(session.IsSuccess);
        Assert.True(later.IsSuccess);
        Assert.Equal(3, _h.Mdr.Exchanges.Count);
        Assert.All(_h.Mdr.Exchanges, e => Assert.True(e.Accepted));
        Assert.Equal(1, _h.Mdr.ExchangesOf(firstRefresh));
        Assert.Equal(3, _h.Connection.TokenVersion);
        Assert.Equal(MdrConnectionStatus.Connected, _h.Connection.Status);
        Assert.Empty(_h.Journal.Entries);
    }

    [Fact]
    public async Task GetSession_TwoCallersAtOnce_ExchangeOnce()
    {
        await _h.ConnectAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _h.Mdr.HoldExchange = hold;

        var first = _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        var second = _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        hold.SetResult();
        var sessions = await Task.WhenAll(first, second);

        Assert.All(sessions, s => Assert.True(s.IsSuccess));
        Assert.Equal(sessions[0].Value!.AccessToken, sessions[1].Value!.AccessToken);
        Assert.Equal(2, _h.Mdr.Exchanges.Count);
    }

    [Fact]
    public async Task GetSession_AnotherNodeHoldsTheClaim_DoesNotSpendTheToken()
    {
        await _h.ConnectAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _h.Mdr.HoldExchange = hold;
        var otherNode = new MdrTokenKeeper(_h.Stores, _h.Mdr, _h.Journal, _h.Secrets, _h.Time);

        var first = _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        var second = await otherNode.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        hold.SetResult();
        var firstResult = await first;

        Assert.True(firstResult.IsSuccess);
        Assert.Equal(MdrErrors.ConcurrentExchangeCode, second.Error?.Code);
        Assert.Equal(2, _h.Mdr.Exchanges.Count);
        Assert.True((await otherNode.GetSessionAsync(_h.ConnectionId, CancellationToken.None)).IsSuccess);
        Assert.Equal(2, _h.Mdr.Exchanges.Count);
    }

    [Fact]
    public async Task GetSession_Revoked_SetsRefreshTokenRejectedAndNeverTriesAgain()
    {
        await _h.ConnectAsync();
        _h.Mdr.Revoke();
        _h.Time.Advance(TimeSpan.FromMinutes(59));

        var first = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        var second = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal(MdrErrors.RefreshTokenRejectedCode, first.Error?.Code);
        Assert.Equal(MdrErrors.RefreshTokenRejectedCode, second.Error?.Code);
        Assert.Equal(MdrConnectionStatus.RefreshTokenRejected, _h.Connection.Status);
        Assert.Contains("paste", _h.Connection.StatusMessage, StringComparison.Ordinal);
        Assert.Equal(2, _h.Mdr.Exchanges.Count);
    }

    [Fact]
    public async Task GetSession_MdrUnreachable_SetsUnavailableAndKeepsTheToken()
    {
        await _h.ConnectAsync();
        var refresh = _h.Connection.ProtectedRefreshToken;
        _h.Mdr.ExchangeFailure = MdrErrors.Unreachable("timeout");
        _h.Time.Advance(TimeSpan.FromMinutes(59));

        var session = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal(MdrErrors.UnreachableCode, session.Error?.Code);
        Assert.Equal(MdrConnectionStatus.Unavailable, _h.Connection.Status);
        Assert.Equal(refresh, _h.Connection.ProtectedRefreshToken);
    }

    [Fact]
    public async Task CrashAfterMdrAnswered_RestartRecoversThePairFromTheJournal_WithoutSpendingTheTokenAgain()
    {
        await _h.ConnectAsync();
        var spent = _h.Secrets.Unprotect(_h.Connection.ProtectedRefreshToken);
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        _h.Stores.FailTokenSaves = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None));
        Assert.Single(_h.Journal.Entries);
        Assert.DoesNotContain(spent, _h.Journal.Entries.Values.Single().ProtectedRefreshToken, StringComparison.Ordinal);

        _h.Stores.FailTokenSaves = false;
        _h.Restart();
        var incidents = await _h.Keeper.CallAsync(
            _h.ConnectionId,
            (endpoint, access, ct) => _h.Mdr.ListIncidentsAsync(endpoint, access, new MdrIncidentQuery(null), ct),
            CancellationToken.None);

        Assert.True(incidents.IsSuccess, incidents.Error?.Message);
        Assert.Equal(1, _h.Mdr.ExchangesOf(spent));
        Assert.Equal(2, _h.Mdr.Exchanges.Count);
        Assert.Empty(_h.Journal.Entries);
        Assert.Equal(MdrConnectionStatus.Connected, _h.Connection.Status);

        // the recovered refresh token is the live one: the next rotation works
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.True((await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None)).IsSuccess);
        Assert.All(_h.Mdr.Exchanges, e => Assert.True(e.Accepted));
    }

    [Fact]
    public async Task CrashAfterMdrAnswered_JournalLost_ReportsTokenLost()
    {
        await _h.ConnectAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(59));
        _h.Stores.FailTokenSaves = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None));
        _h.Stores.FailTokenSaves = false;
        _h.Journal.Entries.Clear();

        _h.Restart();
        var whileClaimed = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);
        _h.Time.Advance(MdrTokenKeeper.ExchangeLease + TimeSpan.FromSeconds(1));
        var afterLease = await _h.Keeper.GetSessionAsync(_h.ConnectionId, CancellationToken.None);

        Assert.Equal(MdrErrors.ConcurrentExchangeCode, whileClaimed.Error?.Code);
        Assert.Equal(MdrErrors.TokenLostCode, afterLease.Error?.Code);
        Assert.Equal(MdrConnectionStatus.RefreshTokenRejected, _h.Connection.Status);
        Assert.Equal(MdrErrors.TokenLost().Message, _h.Connection.StatusMessage);
    }

    [Fact]
    public async Task CallAsync_AccessTokenRefusedEarly_RefreshesOnceAndRepeats()
    {
        await _h.ConnectAsync();
        var calls = 0;

        var result = await _h.Keeper.CallAsync(
            _h.ConnectionId,
            (endpoint, access, ct) =>
            {
                calls++;
                return Task.FromResult(calls == 1 ? Result<int>.Failure(MdrErrors.AccessTokenRejected()) : Result<int>.Success(7));
            },
            CancellationToken.None);

        Assert.Equal(7, result.Value);
        Assert.Equal(2, calls);
        Assert.Equal(2, _h.Mdr.Exchanges.Count);
    }
}
