using System.Net;
using System.Text.RegularExpressions;
using BlazorConsole.Core.Access;
using BlazorConsole.Testing.Access;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Components.Pages.Access.TwoStep;
using BlazorConsole.Web.Components.Pages.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>An account that must use two-step verification and has not turned it on reaches only enrolment and sign-out.</summary>
public sealed partial class TwoStepEnrolmentGateTests : IDisposable
{
    private const string OperatorName = "otto";
    private const string OperatorPassword = "Operator-Passw0rd!";

    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    private AccountAdministration Accounts => _host.Services.GetRequiredService<AccountAdministration>();

    private async Task<string> AddOperatorAsync()
    {
        var created = await Accounts.CreateAsync(new NewAccount(OperatorName, ConsoleRoles.Operator, OperatorPassword), "admin");
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value.Id;
    }

    [Fact]
    public async Task RequiredAndNotEnrolled_PagesRedirectToEnrolment_ExportAndDownloadAre403_UntilItIsOn()
    {
        var id = await AddOperatorAsync();
        Assert.True((await Accounts.SetTwoStepRequiredAsync(id, required: true, "admin")).IsSuccess);
        using var client = _host.CreateClient();
        Assert.Equal(TwoStepPage.RequiredPath, AccessClient.RedirectTargetOf(await client.SignInAsync(OperatorName, OperatorPassword)));

        foreach (var page in new[] { "/", "/tenants", "/reports", "/tasks", "/signin" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TwoStepPage.RequiredPath, AccessClient.RedirectTargetOf(response));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(TenantListView.ExportPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/reports/{Guid.NewGuid()}/download")).StatusCode);

        // the enrolment page itself answers; turning two-step verification on lifts the hold
        var enrolment = await client.GetAsync(TwoStepPage.RequiredPath);
        Assert.Equal(HttpStatusCode.OK, enrolment.StatusCode);
        var html = await enrolment.Content.ReadAsStringAsync();
        var key = Totp.KeyFromDisplay(WebUtility.HtmlDecode(SharedKeyPattern().Match(html).Groups[1].Value));
        var enabled = await client.PostFormAsync(AccessRegistration.TwoStepPath, new Dictionary<string, string>
        {
            ["_handler"] = "two-step-enable",
            ["__RequestVerificationToken"] = AccessClient.TokenOf(html),
            ["Input.Code"] = Totp.Compute(key, DateTimeOffset.UtcNow),
        });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TenantListView.ExportPath)).StatusCode);
    }

    [Fact]
    public async Task RequiredForEveryoneWhileSignedIn_AppliesAtTheNextRequest_AndSignOutStillWorks()
    {
        await AddOperatorAsync();
        using var client = _host.CreateClient();
        await client.SignInAsync(OperatorName, OperatorPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tenants")).StatusCode);

        await Accounts.SetTwoStepRequiredForEveryoneAsync(required: true, "admin");

        var held = await client.GetAsync("/tenants");
        Assert.Equal(TwoStepPage.RequiredPath, AccessClient.RedirectTargetOf(held));
        var enrolment = await (await client.GetAsync(TwoStepPage.RequiredPath)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"two-step-required\"", enrolment, StringComparison.Ordinal);

        var signedOut = await client.PostFormAsync(AccessRegistration.SignOutPath, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AccessClient.TokenOf(enrolment),
        });
        Assert.Equal(AccessRegistration.SignInPath, AccessClient.RedirectTargetOf(signedOut));
        var afterwards = await client.GetAsync("/tenants");
        Assert.StartsWith("/signin", AccessClient.RedirectTargetOf(afterwards), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredAccount_RestApiWithBasic_IsNotHeld()
    {
        var id = await AddOperatorAsync();
        await Accounts.SetTwoStepRequiredAsync(id, required: true, "admin");
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/api/2.0/virtualization/tenants", AccessClient.BasicValue(OperatorName, OperatorPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("data-testid=\"shared-key\"[^>]*>([^<]+)<")]
    private static partial Regex SharedKeyPattern();
}
