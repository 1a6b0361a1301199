namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>One VM behind a usage figure: its protected days and whether (or how much) it counts.</summary>
/// <param name="Counted">True when the VM adds to the units (for the prorated rule: every VM with a day counts).</param>
public sealed record VmUsage(Guid BiosId, string? VmName, int Days, bool Counted);
