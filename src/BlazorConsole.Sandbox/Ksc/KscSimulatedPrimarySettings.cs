namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// The section <c>KLSRV_MASTER_SRV</c> of a simulated server: whether it is a secondary, of which primary (address,
/// ports, certificate), whether it is passive (in a DMZ: the primary connects to it) and its proxy.
/// </summary>
/// <remarks>The proxy password is kept decrypted only to check it; <see cref="ToString"/> leaves it out.</remarks>
public sealed record KscSimulatedPrimarySettings(
    bool Use,
    string? Address,
    IReadOnlyList<int> Ports,
    byte[]? Certificate,
    bool Passive,
    bool ProxyUse,
    string? ProxyLocation,
    string? ProxyLogin,
    string? ProxyPassword)
{
    public override string ToString() => $"{(Use ? "secondary of" : "not secondary")} {Address}:{string.Join(',', Ports)}{(Passive ? " (passive)" : string.Empty)}";
}
