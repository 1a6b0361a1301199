namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>What a test of a saved connection read: how many incidents and assets it sees, and in which MDR tenants.</summary>
public sealed record MdrConnectionTest(MdrConnectionProfile Profile, int IncidentCount, int AssetCount, IReadOnlyList<string> TenantNames);
