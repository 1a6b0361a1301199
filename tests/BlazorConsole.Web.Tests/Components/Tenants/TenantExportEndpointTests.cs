using System.Net;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Components.Tenants;

public sealed class TenantExportEndpointTests : IDisposable
{
    private readonly ConsoleFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignInAndSendsNoTenant()
    {
        await SeedAsync("Acme", TenantStatus.Active);
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));

        var response = await browser.GetAsync("/tenants/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(response), StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SignedIn_StreamsExactlyTheViewAsCsvWithFormulasDefused()
    {
        await SeedAsync("Acme", TenantStatus.Active);
        await SeedAsync("Acme West", TenantStatus.Inactive);
        await SeedAsync("=HYPERLINK(\"http://evil\") acme", TenantStatus.Active);
        await SeedAsync("Beta", TenantStatus.Active);
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        var response = await browser.GetAsync("/tenants/export.csv?q=acme&status=active&sort=name&desc=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^attachment; filename=\"tenants-\\d{8}-\\d{6}\\.csv\"$", response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Name,Status,Type,VMs,Created (UTC),Description,Preferred Integration Server", lines[0]);
        Assert.Equal(3, lines.Length);
        // descending by name: "ACME" sorts after "=HYPERLINK…"
        Assert.Contains(",Acme,Active,Simple,0,2026-05-01T10:00:00Z,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", lines[2], StringComparison.Ordinal);
        Assert.Contains("HYPERLINK", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SignedInWithAScopeOfOneTenant_ExportsOnlyThatTenant()
    {
        var acme = await SeedAsync("Acme", TenantStatus.Active);
        await SeedAsync("Beta", TenantStatus.Active);
        var auditor = await _factory.AddAccountAsync(ConsoleRoles.Auditor, TenantScope.Only([acme]));
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.SignInAsync(auditor, AccessTestAccounts.Password);

        var response = await browser.GetAsync("/tenants/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{acme},Acme,", lines[1], StringComparison.Ordinal);
    }

    private async Task<Guid> SeedAsync(string name, TenantStatus status)
    {
        var now = new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Status = status, Created = now, Updated = now };
        Assert.True((await _factory.Services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None)).IsSuccess);
        return tenant.Id;
    }
}
