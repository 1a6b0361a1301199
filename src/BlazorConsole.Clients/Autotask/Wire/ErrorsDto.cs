namespace BlazorConsole.Clients.Autotask.Wire;

/// <summary><c>{"errors":[…]}</c>, or the 405 shape <c>{"Message":…}</c>.</summary>
internal sealed record ErrorsDto(IReadOnlyList<string>? Errors, string? Message);
