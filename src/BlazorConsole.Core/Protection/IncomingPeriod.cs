namespace BlazorConsole.Core.Protection;

/// <summary>One validated <c>&lt;period&gt;</c> of an SVM's batch; <see cref="End"/> is null while the VM is connected.</summary>
public readonly record struct IncomingPeriod(Guid BiosId, string? VmName, DateTime Start, DateTime? End);
