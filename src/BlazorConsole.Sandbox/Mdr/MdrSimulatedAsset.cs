namespace BlazorConsole.Sandbox.Mdr;

/// <summary>A monitored host of a tenant.</summary>
public sealed record MdrSimulatedAsset(string AssetId, string HostName, string TenantName, string Status, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
