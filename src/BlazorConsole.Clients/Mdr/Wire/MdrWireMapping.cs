using BlazorConsole.Core.Common;
using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Clients.Mdr.Wire;

/// <summary>Turns wire DTOs into the Core's MDR types; an item missing what the console needs is an invalid answer.</summary>
internal static class MdrWireMapping
{
    public static Result<MdrIncident> Incident(IncidentDto? dto)
    {
        if (dto is null || string.IsNullOrWhiteSpace(dto.IncidentId) || dto.CreationTime is null || dto.UpdateTime is null)
        {
            return MdrErrors.InvalidResponse("an incident without its id or times");
        }

        if (Priority(dto.Priority) is not { } priority)
        {
            return MdrErrors.InvalidResponse($"an unknown incident priority \"{Cut(dto.Priority)}\"");
        }

        if (Status(dto.Status) is not { } status)
        {
            return MdrErrors.InvalidResponse($"an unknown incident status \"{Cut(dto.Status)}\"");
        }

        return new MdrIncident(
            dto.IncidentId,
            Time(dto.CreationTime.Value),
            Time(dto.UpdateTime.Value),
            dto.Summary ?? string.Empty,
            dto.Description,
            priority,
            status,
            dto.Resolution,
            dto.TenantName ?? string.Empty,
            [.. (dto.AffectedHosts ?? []).Where(host => !string.IsNullOrEmpty(host))]);
    }

    public static Result<MdrComment> Comment(CommentDto? dto) =>
        dto is { CommentId: { Length: > 0 } id, CreationTime: { } created }
            ? new MdrComment(id, dto.AuthorName ?? string.Empty, dto.Text ?? string.Empty, Time(created))
            : MdrErrors.InvalidResponse("a comment without its id or time");

    public static Result<MdrResponse> Response(ResponseDto? dto) =>
        dto is { ResponseId: { Length: > 0 } id, CreationTime: { } created }
            ? new MdrResponse(id, dto.Type ?? string.Empty, dto.Status ?? string.Empty, dto.Description, Time(created))
            : MdrErrors.InvalidResponse("a response without its id or time");

    public static Result<MdrAsset> Asset(AssetDto? dto) =>
        dto is { AssetId: { Length: > 0 } id }
            ? new MdrAsset(id, dto.HostName ?? string.Empty, dto.TenantName ?? string.Empty, dto.Status ?? string.Empty, OptionalTime(dto.FirstSeen), OptionalTime(dto.LastSeen))
            : MdrErrors.InvalidResponse("an asset without its id");

    /// <summary><c>LOW</c>, <c>NORMAL</c>, <c>HIGH</c> in any case; null otherwise.</summary>
    public static MdrPriority? Priority(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "LOW" => MdrPriority.Low,
        "NORMAL" => MdrPriority.Normal,
        "HIGH" => MdrPriority.High,
        _ => null,
    };

    /// <summary><c>Open</c>, <c>On hold</c> (also <c>OnHold</c>, <c>On_hold</c>), <c>Resolved</c>, <c>Closed</c> in any case; null otherwise.</summary>
    public static MdrIncidentStatus? Status(string? text) => text?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
    {
        "OPEN" => MdrIncidentStatus.Open,
        "ONHOLD" => MdrIncidentStatus.OnHold,
        "RESOLVED" => MdrIncidentStatus.Resolved,
        "CLOSED" => MdrIncidentStatus.Closed,
        _ => null,
    };

    public static long Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(milliseconds, 0, 253_402_300_799_999));

    private static DateTimeOffset? OptionalTime(long? milliseconds) => milliseconds is { } value ? Time(value) : null;

    private static string Cut(string? text) => text is null ? "(none)" : text.Length <= 40 ? text : text[..40] + "…";
}
