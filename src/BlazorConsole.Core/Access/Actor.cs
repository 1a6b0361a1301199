namespace BlazorConsole.Core.Access;

/// <summary>The one acting, with the channel it came through (ui, api, system), its address and the request's correlation id.</summary>
public sealed record Actor(ActorKind Kind, string Name, string? Channel = null, string? Address = null, string? CorrelationId = null);
