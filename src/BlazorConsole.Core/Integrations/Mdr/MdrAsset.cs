namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>A monitored host.</summary>
public sealed record MdrAsset(string AssetId, string HostName, string TenantName, string Status, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen);
