namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A secondary Administration Server registered on a simulated primary (ServerHierarchy.RegisterServer).</summary>
/// <param name="Id">KLSRVH_SRV_ID.</param>
/// <param name="DisplayName">KLSRVH_SRV_DN.</param>
/// <param name="GroupId">KLSRVH_SRV_GROUPID.</param>
/// <param name="Certificate">KLSRVH_SRV_CERTIFICATE (DER).</param>
/// <param name="NetAddress">The address a passive secondary is reached at (<c>http://host:13000</c>); null for an active one.</param>
/// <param name="LastConnected">KLSRVH_SRV_LAST_CONNECTED; null while it never connected.</param>
/// <param name="Connected">KLSRVH_SRV_STATUS as last computed.</param>
public sealed record KscSimulatedSecondary(long Id, string DisplayName, long GroupId, byte[] Certificate, string? NetAddress, DateTimeOffset? LastConnected, bool Connected);
