namespace BlazorConsole.Clients.Mdr.Wire;

/// <summary><c>session/confirm</c>.</summary>
internal sealed record SessionConfirmDto(string RefreshToken);

/// <summary><c>incidents/list</c> (and, without paging and sort, <c>incidents/count</c>); times in epoch milliseconds.</summary>
internal sealed record IncidentListRequestDto(long? MinUpdateTime, IReadOnlyList<string>? TenantsNames, int? Page, int? PageSize, string? Sort);

/// <summary><c>incidents/details</c>, <c>comments/list</c>, <c>responses/list</c>.</summary>
internal sealed record IncidentRequestDto(string IncidentId, int? Page, int? PageSize);

/// <summary><c>assets/list</c>.</summary>
internal sealed record AssetListRequestDto(IReadOnlyList<string>? TenantsNames, int Page, int PageSize);
