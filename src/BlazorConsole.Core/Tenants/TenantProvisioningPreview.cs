using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Tenants;

/// <summary>
/// What creating a complete tenant will make in KSC, in the order the task makes it, so that the create
/// dialog can show the plan before anything is sent.
/// </summary>
public static class TenantProvisioningPreview
{
    /// <summary>The lines of the plan for a complete tenant with this name and administrator account.</summary>
    public static IReadOnlyList<string> Describe(string name, string adminName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(adminName);
        var tenant = name.Trim();
        return
        [
            $"Folder \"{KscDefaults.MultitenancyFolderName}\" in KSC, if it does not exist yet",
            $"Folder \"{KscDefaults.MultitenancyFolderName}/{tenant}\"",
            $"Virtual Administration Server \"{tenant}\"",
            $"Account \"{adminName.Trim()}\" with main administrator rights on that virtual server",
            $"The tenant record \"{tenant}\" in the console (inactive until you activate it)",
        ];
    }
}
