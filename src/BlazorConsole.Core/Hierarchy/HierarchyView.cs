using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>The console's KSC Administration Server as a primary: who it is, its groups and its secondaries.</summary>
/// <param name="HostName">The primary's host name (what secondaries use to reach it by default).</param>
/// <param name="Address">The address the console reaches it at.</param>
/// <param name="Version">Its version, when known.</param>
/// <param name="Groups">Its administration groups, "Managed devices" first.</param>
/// <param name="Secondaries">Its secondaries, by id.</param>
public sealed record HierarchyView(string HostName, string Address, string? Version, IReadOnlyList<KscGroup> Groups, IReadOnlyList<SecondaryServer> Secondaries)
{
    /// <summary>The name of group <paramref name="groupId"/>, or its id when unknown.</summary>
    public string GroupName(long groupId) =>
        Groups.FirstOrDefault(group => group.Id == groupId)?.Name ?? groupId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
