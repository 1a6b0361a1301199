using System.Net;
using System.Security.Claims;
using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Data.Access;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Audit;

/// <summary>Sign-in entries and the CSV export over real HTTP; the signed-in user's role comes from <see cref="Role"/>.</summary>
public sealed class AuditWebTests : IDisposable
{
    private readonly ConsoleFactory _factory = new();

    public AuditWebTests() =>
        _factory.TestServices.Add(services => services.AddSingleton<IClaimsTransformation>(new RoleClaims(() => Role)));

    private string? Role { get; set; } = ConsoleRoles.Administrator;

    private AuditService Audit => _factory.Services.GetRequiredService<AuditService>();

    [Fact]
    public async Task SignIn_WrongPasswordThenRight_RecordsBothWithChannelUiAndAddress()
    {
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));

        await browser.SignInAsync(ConsoleFactory.AdminUserName, "Wrong-Passw0rd!");
        await browser.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        var entries = (await Audit.ListAsync(new AuditQuery { Action = "account.sign" }, CancellationToken.None)).Items;
        Assert.Equal([AuditActions.SignedIn, AuditActions.SignInFailed], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditChannels.Ui, e.Channel);
            Assert.Equal(ConsoleFactory.AdminUserName, e.TargetName);
            Assert.False(string.IsNullOrEmpty(e.CorrelationId));
            Assert.DoesNotContain("Passw0rd", e.Summary ?? "", StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Export_Administrator_StreamsTheFilteredEntriesAsCsv()
    {
        await Audit.RecordAsync(new Actor(ActorKind.Account, "alice", AuditChannels.Ui), "tenant.created", new AuditTarget("Tenant", "1", "=HYPERLINK(\"x\")"), null, CancellationToken.None);
        await Audit.RecordAsync(new Actor(ActorKind.Account, "bob", AuditChannels.Api), "vm.registered", new AuditTarget("VirtualMachine", "2", "vm"), null, CancellationToken.None);
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);

        var response = await browser.GetAsync("/access/audit/export.csv?actor=alice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,Time (UTC),Actor,", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.Contains(",alice,Account,ui,", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_SignedInWithoutAuditRole_SendsNoEntry()
    {
        await Audit.RecordAsync(new Actor(ActorKind.Account, "alice", AuditChannels.Ui), "tenant.created", new AuditTarget("Tenant", "1", "Contoso"), null, CancellationToken.None);
        const string password = "Operator-Passw0rd!";
        Role = null; // the account's own role only: Operator

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            var user = new ConsoleUser { UserName = "operator" };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, ConsoleRoles.Operator)).Succeeded);
        }

        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.SignInAsync("operator", password);

        var response = await browser.GetAsync("/access/audit/export.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Contoso", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class RoleClaims(Func<string?> role) : IClaimsTransformation
    {
        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            if (principal.Identity is ClaimsIdentity { IsAuthenticated: true } identity && role() is { } name && !principal.IsInRole(name))
            {
                identity.AddClaim(new Claim(identity.RoleClaimType, name));
            }

            return Task.FromResult(principal);
        }
    }
}
