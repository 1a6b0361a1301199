namespace BlazorConsole.Core.Hierarchy;

/// <summary>Who an Administration Server is: its host name, its certificate (DER, klserver.cer) and its version.</summary>
public sealed record KscServerIdentity(string HostName, byte[] Certificate, string? Version);
