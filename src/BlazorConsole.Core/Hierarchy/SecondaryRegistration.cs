namespace BlazorConsole.Core.Hierarchy;

/// <summary>What the primary is told about a new secondary (ServerHierarchy.RegisterServer).</summary>
/// <param name="DisplayName">The name shown on the primary.</param>
/// <param name="GroupId">The administration group it goes in.</param>
/// <param name="Certificate">The secondary's certificate, DER.</param>
/// <param name="NetAddress">For a secondary in a DMZ: <c>http://address:13000</c>, where the primary connects; null otherwise.</param>
public sealed record SecondaryRegistration(string DisplayName, long GroupId, byte[] Certificate, string? NetAddress);
