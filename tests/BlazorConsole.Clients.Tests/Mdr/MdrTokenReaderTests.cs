using System.Text;
using BlazorConsole.Clients.Mdr;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Clients.Tests.Mdr;

public sealed class MdrTokenReaderTests
{
    [Fact]
    public void Grant_ClaimsWithOneTenantAsText_ProfileAndExpiries()
    {
        var access = Jwt("""{"exp":1900000000,"name":"SOC","role":"Senior_Security_Officer","tenants":"Contoso"}""");

        var grant = MdrTokenReader.Grant(access, Jwt("""{"exp":1900000600}"""));

        Assert.Equal(("SOC", MdrRole.SeniorSecurityOfficer), (grant.Profile.ConnectionName, grant.Profile.Role));
        Assert.Equal(["Contoso"], grant.Profile.TenantNames);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1900000000), grant.AccessTokenExpires);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1900000600), grant.RefreshTokenExpires);
    }

    [Fact]
    public void Grant_TokensThatAreNoJwts_StillAGrantWithEmptyProfile()
    {
        // the exchange already spent the old refresh token: the new pair must reach the caller whatever its claims
        var grant = MdrTokenReader.Grant("opaque-access", "opaque-refresh");

        Assert.Equal(("opaque-access", "opaque-refresh"), (grant.AccessToken, grant.RefreshToken));
        Assert.Equal(new MdrConnectionProfile(string.Empty, null, null), grant.Profile);
        Assert.Null(grant.AccessTokenExpires);
        Assert.Null(grant.RefreshTokenExpires);
    }

    [Fact]
    public void Grant_UnknownRoleNoExp_RoleAndExpiryNull()
    {
        var grant = MdrTokenReader.Grant(Jwt("""{"name":"X","role":"auditor","tenants":["A","B"]}"""), Jwt("{}"));

        Assert.Null(grant.Profile.Role);
        Assert.Equal(["A", "B"], grant.Profile.TenantNames);
        Assert.Null(grant.AccessTokenExpires);
    }

    private static string Jwt(string payload) =>
        Encode("""{"alg":"HS256","typ":"JWT"}""") + "." + Encode(payload) + "." + Encode("signature");

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
