using System.Net;
using System.Security.Claims;
using BlazorConsole.Data.Access;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Access;

public sealed class VerifiedCredentialCacheTests : IDisposable
{
    private const string NewPassword = "Another-Passw0rd!";

    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string OldBasic => AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

    private static string NewBasic => AccessClient.BasicValue(ConsoleFactory.AdminUserName, NewPassword);

    [Fact]
    public async Task PasswordChangedThroughUserManager_OldPasswordRefusedAtOnce()
    {
        using var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, OldBasic)).StatusCode);

        var changed = await _host.WithUsersAsync(async users =>
            await users.ChangePasswordAsync((await users.FindByNameAsync(ConsoleFactory.AdminUserName))!, ConsoleFactory.AdminPassword, NewPassword));
        Assert.True(changed.Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ProbeEndpointFilter.Path, OldBasic)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, NewBasic)).StatusCode);
    }

    [Fact]
    public async Task PasswordChangedByAnotherHost_OldPasswordRefusedOnceTheCacheLifetimeHasPassed()
    {
        using var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, OldBasic)).StatusCode);

        // another host on the same database: the row changes without this process's UserManager
        await ChangePasswordInDatabaseAsync(NewPassword);

        _host.Clock.Advance(VerifiedCredentialCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, OldBasic)).StatusCode);

        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ProbeEndpointFilter.Path, OldBasic)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpointFilter.Path, NewBasic)).StatusCode);
    }

    [Fact]
    public async Task WrongPassword_IsNeverCached()
    {
        using var client = _host.CreateClient();
        var cache = _host.Services.GetRequiredService<VerifiedCredentialCache>();

        await client.GetAsync(ProbeEndpointFilter.Path, AccessClient.BasicValue(ConsoleFactory.AdminUserName, "Wrong-Passw0rd!"));
        Assert.Equal(0, cache.Count);

        await client.GetAsync(ProbeEndpointFilter.Path, OldBasic);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void VerifiedCredentials_AreKeptUnderAMacThatHoldsNoPassword()
    {
        var first = new VerifiedCredentialCache(TimeProvider.System);
        var second = new VerifiedCredentialCache(TimeProvider.System);
        var credentials = new BasicCredentials(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        var mac = first.KeyOf(credentials);

        Assert.Equal(32, mac.Length);
        Assert.Equal(mac, first.KeyOf(credentials));
        Assert.NotEqual(mac, second.KeyOf(credentials));
        Assert.DoesNotContain(ConsoleFactory.AdminPassword, System.Text.Encoding.UTF8.GetString(mac), StringComparison.Ordinal);
    }

    [Fact]
    public void TryGet_OnceTheLifetimeHasPassed_Misses()
    {
        var clock = new FakeTimeProvider();
        var cache = new VerifiedCredentialCache(clock);
        var mac = cache.KeyOf(new BasicCredentials("admin", "Test-Passw0rd!"));
        cache.Add(mac, "user-1", new ClaimsPrincipal(), cache.GenerationOf("user-1"));

        clock.Advance(VerifiedCredentialCache.Lifetime - TimeSpan.FromTicks(1));
        Assert.True(cache.TryGet(mac, out _));

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(cache.TryGet(mac, out _));
    }

    [Fact]
    public void Evict_ForgetsOnlyThatAccountsCredentials()
    {
        var cache = new VerifiedCredentialCache(new FakeTimeProvider());
        var first = cache.KeyOf(new BasicCredentials("first", "Test-Passw0rd!"));
        var second = cache.KeyOf(new BasicCredentials("second", "Test-Passw0rd!"));
        cache.Add(first, "user-1", new ClaimsPrincipal(), cache.GenerationOf("user-1"));
        cache.Add(second, "user-2", new ClaimsPrincipal(), cache.GenerationOf("user-2"));

        cache.Evict("user-1");

        Assert.False(cache.TryGet(first, out _));
        Assert.True(cache.TryGet(second, out _));
    }

    [Fact]
    public void Add_AfterTheAccountChangedDuringVerification_StoresNothing()
    {
        var cache = new VerifiedCredentialCache(new FakeTimeProvider());
        var mac = cache.KeyOf(new BasicCredentials("admin", "Test-Passw0rd!"));
        var generation = cache.GenerationOf("user-1");

        cache.Evict("user-1"); // a password change lands while the old password is being verified
        cache.Add(mac, "user-1", new ClaimsPrincipal(), generation);

        Assert.False(cache.TryGet(mac, out _));
    }

    private async Task ChangePasswordInDatabaseAsync(string password)
    {
        var factory = _host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == ConsoleFactory.AdminUserName);
        user.PasswordHash = new PasswordHasher<ConsoleUser>().HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync();
    }
}
