namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The outcome of checking credentials and permissions: the zone found and one line per needed right.</summary>
public sealed record AutotaskPermissionReport(AutotaskZone Zone, IReadOnlyList<AutotaskPermissionLine> Lines, AutotaskThreshold? Threshold)
{
    /// <summary>True when every right is granted (some perhaps with conditions).</summary>
    public bool AllGranted => Lines.All(line => line.IsGranted);

    /// <summary>The rights that are missing.</summary>
    public IReadOnlyList<AutotaskPermissionLine> Missing => [.. Lines.Where(line => !line.IsGranted)];
}
