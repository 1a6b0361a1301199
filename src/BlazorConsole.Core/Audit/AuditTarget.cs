namespace BlazorConsole.Core.Audit;

/// <summary>What a change was made to: its type (Tenant, Task, VirtualMachine…), id and a readable name.</summary>
public sealed record AuditTarget(string Type, string? Id = null, string? Name = null);
