using System.Net;
using System.Text.Json;
using BlazorConsole.Core.Access;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>API connections end to end: create, exchange the refresh token, call with Bearer, revoke, expire, scope.</summary>
public sealed class ApiConnectionFlowTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly ConsoleFactory _factory = new();

    public ApiConnectionFlowTests()
    {
        _factory.Settings["Access:ApiTokens:AccessTokenLifetime"] = "00:05:00";
        _factory.Settings["Access:ApiTokens:TokenRequestsPerMinute"] = "5";
        _factory.TestServices.Add(services => services.AddSingleton<TimeProvider>(_time));
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task CreateExchangeCallRevoke_NextCallGets401()
    {
        var created = await CreateAsync(ConsoleRoles.Operator, TenantScope.Everything);
        var token = await ExchangeAsync(created.RefreshToken);
        using var client = _factory.BearerClient(token);

        using (var ok = await client.GetApiAsync("/tenants"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var service = _factory.Services.GetRequiredService<ApiConnectionService>();
        var use = await service.ListUseAsync(created.Connection.Id, default);
        Assert.Contains(use.Value!, u => u.Endpoint == "GET /api/2.0/virtualization/tenants/" && u.Count == 1);

        Assert.True((await service.RevokeAsync(created.Connection.Id, default)).IsSuccess);
        using var refused = await client.GetApiAsync("/tenants");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var again = await PostTokenAsync(created.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task ExpiredAccessToken_Gets401()
    {
        var created = await CreateAsync(ConsoleRoles.Auditor, TenantScope.Everything);
        using var client = _factory.BearerClient(await ExchangeAsync(created.RefreshToken));
        _time.Advance(TimeSpan.FromMinutes(6));

        using var response = await client.GetApiAsync("/tenants");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenScopedToOneTenant_CannotReadAnother()
    {
        var mine = await _factory.AddTenantAsync();
        var other = await _factory.AddTenantAsync();
        var created = await CreateAsync(ConsoleRoles.Operator, TenantScope.Only([mine.Id]));
        using var client = _factory.BearerClient(await ExchangeAsync(created.RefreshToken));

        using (var own = await client.GetApiAsync($"/tenants/{mine.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        using (var foreign = await client.GetApiAsync($"/tenants/{other.Id}"))
        {
            await foreign.AssertErrorAsync(404, "VIRMT_TenantWithSpecifiedIdNotFound");
        }

        using (var vms = await client.GetApiAsync($"/tenants/{other.Id}/vms"))
        {
            Assert.Equal(HttpStatusCode.NotFound, vms.StatusCode);
        }

        using var list = await client.GetApiAsync("/tenants");
        var ids = (await list.ReadXmlAsync()).Elements("tenant").Select(t => t.Attribute("id")?.Value ?? t.Element("id")?.Value).ToList();
        Assert.Contains(mine.Id.ToString(), ids);
        Assert.DoesNotContain(other.Id.ToString(), ids);
    }

    [Fact]
    public async Task ForgedBearerToken_Gets401WithBearerChallenge()
    {
        using var client = _factory.BearerClient("abc.def.ghi");

        using var response = await client.GetApiAsync("/tenants");

        await response.AssertErrorAsync(401, "VIRMT_AuthenticationRequired");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task AuditorToken_WriteGets403()
    {
        var created = await CreateAsync(ConsoleRoles.Auditor, TenantScope.Everything);
        using var client = _factory.BearerClient(await ExchangeAsync(created.RefreshToken));

        using var response = await client.PostXmlAsync("/tenants", "<tenant><name>x</name></tenant>");

        await response.AssertErrorAsync(403, "VIRMT_AccessDenied");
    }

    [Fact]
    public async Task TokenEndpoint_BadTokenOrTooManyRequests_Refused()
    {
        using (var bad = await PostTokenAsync("not-a-token"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("invalid_grant", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await PostTokenAsync("not-a-token");
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private async Task<CreatedApiConnection> CreateAsync(string role, TenantScope scope)
    {
        var service = _factory.Services.GetRequiredService<ApiConnectionService>();
        var created = await service.CreateAsync(
            new NewApiConnection("script", role, scope.AllTenants, [.. scope.TenantIds], _time.GetUtcNow().UtcDateTime.AddDays(30)), "admin", default);
        Assert.True(created.IsSuccess);
        return created.Value;
    }

    private async Task<string> ExchangeAsync(string refreshToken)
    {
        using var response = await PostTokenAsync(refreshToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(300, json.GetProperty("expires_in").GetInt64());
        return json.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> PostTokenAsync(string refreshToken)
    {
        using var client = _factory.CreateClient();
        return await client.PostAsync("/api/2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }));
    }
}
