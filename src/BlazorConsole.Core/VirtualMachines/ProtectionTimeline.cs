using BlazorConsole.Core.Protection;

namespace BlazorConsole.Core.VirtualMachines;

/// <summary>A VM's protection periods within a range; <see cref="Truncated"/> when there were more than shown.</summary>
public sealed record ProtectionTimeline(Guid BiosId, DateTime From, DateTime To, IReadOnlyList<ProtectionPeriod> Periods, bool Truncated);
