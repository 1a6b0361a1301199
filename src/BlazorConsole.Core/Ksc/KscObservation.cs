namespace BlazorConsole.Core.Ksc;

/// <summary>The last connection outcome the console saw with the saved settings, and when (UTC).</summary>
public sealed record KscObservation(KscProbe Probe, DateTimeOffset ObservedAt);
