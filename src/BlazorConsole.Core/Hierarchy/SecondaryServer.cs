namespace BlazorConsole.Core.Hierarchy;

/// <summary>A secondary Administration Server registered on the primary.</summary>
/// <param name="Id">KLSRVH_SRV_ID.</param>
/// <param name="DisplayName">KLSRVH_SRV_DN.</param>
/// <param name="GroupId">The administration group it is shown in.</param>
/// <param name="Address">The address the primary connects to for a secondary in a DMZ; null otherwise.</param>
/// <param name="Dmz">True when the primary connects to it (KLSRVH_SRV_PASSIVE).</param>
/// <param name="Status">Connected, waiting or error.</param>
/// <param name="Reason">Why it is waiting or in error, in words a person can act on; null when connected.</param>
/// <param name="LastConnected">When it was last connected; null when never.</param>
/// <param name="Version">Its version, when known.</param>
public sealed record SecondaryServer(
    long Id,
    string DisplayName,
    long GroupId,
    string? Address,
    bool Dmz,
    SecondaryServerStatus Status,
    string? Reason,
    DateTimeOffset? LastConnected,
    string? Version);
