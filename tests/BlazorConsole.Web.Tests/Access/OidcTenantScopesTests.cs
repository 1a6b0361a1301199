using System.Security.Claims;
using BlazorConsole.Web.Access;

namespace BlazorConsole.Web.Tests.Access;

public sealed class OidcTenantScopesTests
{
    private static readonly OidcOptions Options = new()
    {
        TenantScopes = new(StringComparer.Ordinal)
        {
            ["acme-staff"] = ["Acme"],
            ["beta-staff"] = ["Beta", " Gamma "],
            ["global-staff"] = [OidcTenantScopes.AllTenants],
        },
    };

    [Fact]
    public void Requested_NoValueWithAnEntry_IsAllTenants() =>
        Assert.Null(OidcTenantScopes.Requested(With("console-operators"), Options));

    [Fact]
    public void Requested_ValuesWithEntries_AreTheUnionOfTheirTenants() =>
        Assert.Equal(["Acme", "Beta", "Gamma"], OidcTenantScopes.Requested(With("console-operators", "acme-staff", "beta-staff"), Options));

    [Fact]
    public void Requested_AnEntryForAllTenants_IsAllTenants() =>
        Assert.Null(OidcTenantScopes.Requested(With("acme-staff", "global-staff"), Options));

    private static ClaimsPrincipal With(params string[] groups) =>
        new(new ClaimsIdentity(groups.Select(g => new Claim("groups", g)), "oidc"));
}
