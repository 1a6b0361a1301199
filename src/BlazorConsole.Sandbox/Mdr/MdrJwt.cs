using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Mdr;

/// <summary>Makes the simulator's tokens: HS256 JWTs with the claims the console reads (exp, client_id, name, role, tenants, jti).</summary>
internal sealed class MdrJwt
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Create(MdrApiConnection connection, string kind, string jti, DateTimeOffset issued, DateTimeOffset expires)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = "mdr-sandbox",
            ["sub"] = connection.ClientId,
            ["client_id"] = connection.ClientId,
            ["name"] = connection.Name,
            ["role"] = MdrWireValues.Role(connection.Role),
            ["token_use"] = kind,
            ["iat"] = issued.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["jti"] = jti,
        };
        if (connection.TenantNames is { } tenants)
        {
            payload["tenants"] = new JsonArray([.. tenants.Select(name => (JsonNode?)JsonValue.Create(name))]);
        }

        var signed = Encode(header.ToJsonString()) + "." + Encode(payload.ToJsonString());
        var signature = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed));
        return signed + "." + Base64Url(signature);
    }

    private static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
