using System.Security.Claims;
using BlazorConsole.Core.Access;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BlazorConsole.Web.Access;

/// <summary>Signs a short-lived JWT access token carrying the connection id, name, role and tenant scope.</summary>
internal sealed class ApiTokenIssuer(SigningKeyRing keys, IOptions<ApiTokenOptions> options, TimeProvider time)
{
    public async Task<(string Token, TimeSpan Lifetime)> IssueAsync(ApiConnection connection, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.AccessTokenLifetime;
        var expires = now + lifetime < connection.Expires ? now + lifetime : connection.Expires;
        List<Claim> claims =
        [
            new(JwtRegisteredClaimNames.Sub, connection.Id.ToString()),
            new(ConsoleClaimTypes.Connection, connection.Id.ToString()),
            new(ClaimTypes.Name, connection.Name),
            new(ClaimTypes.Role, connection.Role),
            .. ClaimsScope.ClaimsOf(connection.Scope),
        ];
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ApiTokenDefaults.Issuer,
            Audience = ApiTokenDefaults.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(await keys.SigningKeyAsync(cancellationToken), SecurityAlgorithms.HmacSha256),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return (handler.CreateToken(descriptor), expires - now);
    }
}
