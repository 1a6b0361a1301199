namespace BlazorConsole.Core.Tasks;

/// <summary>Task type names, as the seed writes them.</summary>
public static class TaskTypes
{
    public const string CreateTenant = "CreateTenant";
    public const string ChangeTenantActivation = "ChangeTenantActivation";
    public const string DeleteTenant = "DeleteTenant";
    public const string CreateTenantReport = "CreateTenantReport";

    public static IReadOnlyList<string> All { get; } = [CreateTenant, ChangeTenantActivation, DeleteTenant, CreateTenantReport];
}
