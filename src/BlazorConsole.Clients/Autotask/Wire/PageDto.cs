namespace BlazorConsole.Clients.Autotask.Wire;

internal sealed record PageDto<T>(IReadOnlyList<T>? Items, PageDetailsDto? PageDetails);

internal sealed record PageDetailsDto(int Count, int RequestCount, string? PrevPageUrl, string? NextPageUrl);

internal sealed record ItemDto<T>(T? Item);

internal sealed record ItemIdDto(long ItemId);

internal sealed record CountDto(int QueryCount);
