using System.Net;
using BlazorConsole.Web.Access;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Access;

public sealed class ApiFailureThrottleTests
{
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Operator = IPAddress.Parse("198.51.100.20");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private ApiFailureThrottle Throttle(int maxFailures = 10) =>
        new(_clock, Options.Create(new ApiThrottleOptions { MaxFailures = maxFailures, Window = TimeSpan.FromMinutes(1) }));

    [Fact]
    public void IsThrottled_AfterTheLimit_RefusesThatAddressOnly()
    {
        var throttle = Throttle();
        for (var i = 0; i < 10; i++)
        {
            Assert.False(throttle.IsThrottled(Attacker, out _));
            throttle.RecordFailure(Attacker);
        }

        Assert.True(throttle.IsThrottled(Attacker, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
        Assert.False(throttle.IsThrottled(Operator, out _));
    }

    [Fact]
    public void RecordFailure_ReachingTheLimit_ReturnsTrueOnce()
    {
        var throttle = Throttle(maxFailures: 3);

        var reached = Enumerable.Range(0, 5).Select(_ => throttle.RecordFailure(Attacker)).ToList();

        Assert.Equal([false, false, true, false, false], reached);
    }

    [Fact]
    public void IsThrottled_WindowOver_AcceptsAgainAndCountsAfresh()
    {
        var throttle = Throttle(maxFailures: 2);
        throttle.RecordFailure(Attacker);
        _clock.Advance(TimeSpan.FromSeconds(30));
        throttle.RecordFailure(Attacker);
        Assert.True(throttle.IsThrottled(Attacker, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(30), retryAfter);

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(throttle.IsThrottled(Attacker, out _));
        throttle.RecordFailure(Attacker);

        Assert.False(throttle.IsThrottled(Attacker, out _));
    }

    [Fact]
    public void IsThrottled_FailuresSpreadOverAnIpv6Slash64_CountTogether()
    {
        var throttle = Throttle(maxFailures: 2);
        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2::1"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2:ffff::9"));

        Assert.True(throttle.IsThrottled(IPAddress.Parse("2001:db8:1:2::77"), out _));
        Assert.False(throttle.IsThrottled(IPAddress.Parse("2001:db8:1:3::1"), out _));
    }

    [Fact]
    public void IsThrottled_Ipv4MappedIntoIpv6_IsTheSameAddress()
    {
        var throttle = Throttle(maxFailures: 1);
        throttle.RecordFailure(Attacker.MapToIPv6());

        Assert.True(throttle.IsThrottled(Attacker, out _));
    }

    [Fact]
    public void RecordFailure_ManyAddresses_KeepsMemoryBoundedAndRefusedAddressesRefused()
    {
        var throttle = Throttle(maxFailures: 2);
        throttle.RecordFailure(Attacker);
        throttle.RecordFailure(Attacker);

        for (var i = 0; i < ApiFailureThrottle.MaxClients + 500; i++)
        {
            throttle.RecordFailure(new IPAddress(BitConverter.GetBytes(0x0A000000 + i)));
        }

        Assert.InRange(throttle.Count, 1, ApiFailureThrottle.MaxClients);
        Assert.True(throttle.IsThrottled(Attacker, out _));
    }
}
