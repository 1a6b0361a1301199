namespace BlazorConsole.Core.Access;

/// <summary>Who made a change, through which channel, from which address, under which correlation id.</summary>
public sealed record Actor(ActorKind Kind, string Name, string? Channel = null, string? Address = null, string? CorrelationId = null);
