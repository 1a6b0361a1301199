namespace BlazorConsole.Clients.Autotask.Wire;

internal sealed record ZoneInformationDto(string? ZoneName, string? Url, string? WebUrl, long Ci);
