using System.Text.Json;

namespace BlazorConsole.Core.Tenants;

/// <summary>A tenant snapshot kept as a task's result (the created or removed tenant).</summary>
public static class TenantJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(Tenant tenant) => JsonSerializer.Serialize(tenant, Json);

    public static Tenant? Deserialize(string json) => JsonSerializer.Deserialize<Tenant>(json, Json);
}
