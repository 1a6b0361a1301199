using System.Net;
using BlazorConsole.Core.Access;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;
using BlazorConsole.Web.Tests.Reports;

namespace BlazorConsole.Web.Tests.Components.Reports;

/// <summary>The reports page's download link: the signed-in session's cookie, never HTTP Basic.</summary>
public sealed class ReportDownloadEndpointTests : IDisposable
{
    private readonly ConsoleFactory _factory = ReportApi.EnabledFactory();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Download_SignedInWithTheCookie_StreamsTheCsvNamedForTheRange()
    {
        using var api = ReportApi.CreateClient(_factory);
        var biosId = Guid.NewGuid();
        using (var posted = await ReportApi.PostPeriodsAsync(api, ReportApi.Batch(ReportApi.Period(biosId, "web-01", "2026-11-02T08:00:00", "2026-11-02T17:30:00"))))
        {
            Assert.True(posted.IsSuccessStatusCode);
        }

        var reportId = await ReportApi.GenerateAsync(_factory, api, "?from=2026-11-01T00:00:00&to=2026-11-08T00:00:00");
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        using (var signedIn = await browser.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var response = await browser.GetAsync($"/reports/{reportId}/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("protection-report_all-tenants_20261101T000000-20261108T000000.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($";;{biosId};web-01;2026-11-02T08:00:00;2026-11-02T17:30:00", Assert.Single(lines));
    }

    [Fact]
    public async Task Download_WithoutSession_RedirectsToSignInAndBasicDoesNotCount()
    {
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));

        using var anonymous = await browser.GetAsync($"/reports/{Guid.NewGuid()}/download");
        using var basic = await browser.GetAsync($"/reports/{Guid.NewGuid()}/download", AccessClient.BasicValue(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(anonymous), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, basic.StatusCode);
    }

    [Fact]
    public async Task Download_UnknownReport_Answers404()
    {
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        using (await browser.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword))
        {
        }

        using var response = await browser.GetAsync($"/reports/{Guid.NewGuid()}/download");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_ReportOfEveryVmByAnAccountScopedToOneTenant_Answers404()
    {
        using var api = ReportApi.CreateClient(_factory);
        using (var posted = await ReportApi.PostPeriodsAsync(api, ReportApi.Batch(ReportApi.Period(Guid.NewGuid(), "web-01", "2026-11-02T08:00:00", "2026-11-02T17:30:00"))))
        {
            Assert.True(posted.IsSuccessStatusCode);
        }

        var reportId = await ReportApi.GenerateAsync(_factory, api, "?from=2026-11-01T00:00:00&to=2026-11-08T00:00:00");
        var scoped = await _factory.AddAccountAsync(ConsoleRoles.Administrator, TenantScope.Only([Guid.NewGuid()]));
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        using (var signedIn = await browser.SignInAsync(scoped, AccessTestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var response = await browser.GetAsync($"/reports/{reportId}/download");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
