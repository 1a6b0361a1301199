namespace BlazorConsole.Sandbox.Ksc;

/// <summary>An administration group of the simulated main Administration Server (the root "Managed devices" has parent −1).</summary>
public sealed record KscSimulatedGroup(long Id, string Name, long ParentId);
