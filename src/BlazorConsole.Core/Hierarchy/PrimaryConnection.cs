namespace BlazorConsole.Core.Hierarchy;

/// <summary>How a secondary reaches and recognises its primary (the KLSRV_MASTER_SRV settings written on the secondary).</summary>
/// <param name="Address">The primary's address (IPv4 or FQDN).</param>
/// <param name="Port">The primary's SSL port (13000 by default).</param>
/// <param name="Certificate">The primary's certificate, DER.</param>
/// <param name="Dmz">True when the secondary is in a DMZ and waits for the primary to connect.</param>
/// <param name="Proxy">The proxy the secondary goes through; null for none.</param>
public sealed record PrimaryConnection(string Address, int Port, byte[] Certificate, bool Dmz, HierarchyProxy? Proxy);
