using BlazorConsole.Core.Integrations.Mdr;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BlazorConsole.Clients.Mdr;

/// <summary>
/// Reads what the console needs from MDR's JWTs without checking their signature (MDR enforces them; the console only
/// schedules refreshes and displays): <c>exp</c> of both tokens, and from the access token the connection's <c>name</c>,
/// <c>role</c> and <c>tenants</c> (absent: every tenant). An unreadable claim is left empty, never a failure: the exchange
/// has already spent the old refresh token, so the new pair must reach the caller whatever the claims say.
/// </summary>
internal static class MdrTokenReader
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static MdrTokenGrant Grant(string accessToken, string refreshToken)
    {
        var access = Read(accessToken);
        var refresh = Read(refreshToken);
        return new MdrTokenGrant(accessToken, refreshToken, Expiry(access), Expiry(refresh), Profile(access));
    }

    /// <summary>The profile an access token describes.</summary>
    public static MdrConnectionProfile Profile(string accessToken) => Profile(Read(accessToken));

    private static MdrConnectionProfile Profile(JsonWebToken? token)
    {
        if (token is null)
        {
            return new MdrConnectionProfile(string.Empty, null, null);
        }

        var name = token.TryGetPayloadValue<string>("name", out var text) ? text : string.Empty;
        var role = token.TryGetPayloadValue<string>("role", out var roleText) ? Role(roleText) : null;
        return new MdrConnectionProfile(name ?? string.Empty, role, Tenants(token));
    }

    private static IReadOnlyList<string>? Tenants(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<object>("tenants", out var value) || value is null)
        {
            return null;
        }

        if (token.TryGetPayloadValue<List<string>>("tenants", out var list) && list is not null)
        {
            return [.. list.Where(name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        return token.TryGetPayloadValue<string>("tenants", out var single) && !string.IsNullOrWhiteSpace(single) ? [single] : null;
    }

    /// <summary><c>administrator</c>, <c>senior_security_officer</c>, <c>security_officer</c> (any case, <c>-</c> or <c>_</c>); null otherwise.</summary>
    public static MdrRole? Role(string? text) => text?.Trim().Replace('-', '_').ToUpperInvariant() switch
    {
        "ADMINISTRATOR" => MdrRole.Administrator,
        "SENIOR_SECURITY_OFFICER" => MdrRole.SeniorSecurityOfficer,
        "SECURITY_OFFICER" => MdrRole.SecurityOfficer,
        _ => null,
    };

    private static DateTimeOffset? Expiry(JsonWebToken? token) =>
        token is not null && token.TryGetPayloadValue<long>("exp", out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253_402_300_799))
            : null;

    private static JsonWebToken? Read(string token)
    {
        try
        {
            return Handler.CanReadToken(token) ? Handler.ReadJsonWebToken(token) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
