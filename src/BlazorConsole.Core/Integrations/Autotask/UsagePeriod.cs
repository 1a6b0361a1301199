namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A protection period behind a usage figure, clipped to the month (End null: still connected).</summary>
public sealed record UsagePeriod(Guid BiosId, string? VmName, DateTime Start, DateTime? End);
