namespace BlazorConsole.Clients.Mdr.Wire;

/// <summary>The answer of <c>session/confirm</c>.</summary>
internal sealed record TokenPairDto(string? AccessToken, string? RefreshToken);

/// <summary>The answer of the <c>…/count</c> calls.</summary>
internal sealed record CountDto(int? Count);

/// <summary>The body of a refusal (the sandbox's shape; MDR's may differ and is then treated as text).</summary>
internal sealed record ErrorDto(string? Error, string? Message);

internal sealed record IncidentDto(
    string? IncidentId,
    long? CreationTime,
    long? UpdateTime,
    string? Summary,
    string? Description,
    string? Priority,
    string? Status,
    string? Resolution,
    string? TenantName,
    List<string>? AffectedHosts);

internal sealed record CommentDto(string? CommentId, string? AuthorName, string? Text, long? CreationTime);

internal sealed record ResponseDto(string? ResponseId, string? Type, string? Status, string? Description, long? CreationTime);

internal sealed record AssetDto(string? AssetId, string? HostName, string? TenantName, string? Status, long? FirstSeen, long? LastSeen);
