namespace BlazorConsole.Sandbox.Ksc;

/// <summary>What one simulated server knows of another on the network: its identity and its primary settings.</summary>
internal sealed record KscPeer(string HostName, int SslPort, byte[] Certificate, KscSimulatedPrimarySettings? PrimarySettings);
