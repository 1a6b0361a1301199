using System.Text.Json;
using BlazorConsole.Core.Tasks;

namespace BlazorConsole.Core.Tenants;

/// <summary>The result of a completed bulk task (its <see cref="ConsoleTask.Result"/>, JSON): one outcome per tenant.</summary>
public sealed record BulkTenantResult(BulkTenantAction Action, IReadOnlyList<BulkTenantOutcome> Outcomes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Succeeded => Outcomes.Count(o => o.State == TaskState.Completed);

    public int Failed => Outcomes.Count(o => o.IsFailure);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static BulkTenantResult? Deserialize(string json) => JsonSerializer.Deserialize<BulkTenantResult>(json, Json);
}
