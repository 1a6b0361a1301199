using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Tenants;

/// <summary>What creating a complete tenant makes in KSC, in order, for the preview an administrator sees first.</summary>
public static class CompleteTenantPlan
{
    /// <summary>One line per object, in the order the CreateTenant task makes them.</summary>
    public static IReadOnlyList<string> Describe(string tenantName, string adminName) =>
    [
        $"Folder '{KscDefaults.MultitenancyFolderName}' under Managed devices, unless it exists",
        $"Folder '{KscDefaults.MultitenancyFolderName}/{tenantName}' for the tenant (it must not exist yet)",
        $"Virtual Administration Server '{tenantName}' in that folder",
        $"Account '{adminName}' on the virtual Administration Server, with the given password",
        $"Main administrator rights for '{adminName}' on the virtual Administration Server",
        "The tenant's record in the Integration Server, inactive until it is activated",
    ];
}
