using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>What the synchronisation writes to Autotask for an incident: the ticket, its external id and the notes.</summary>
public static class MdrTicketContent
{
    /// <summary>Longest external id Autotask stores.</summary>
    public const int ExternalIdMaxLength = 50;

    private const string ExternalIdPrefix = "MDR:";

    /// <summary><c>MDR:{incidentId}</c>, or the incident id's SHA-256 (hex, cut) when that would be longer than 50.</summary>
    public static string ExternalIdOf(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        var plain = ExternalIdPrefix + incidentId;
        if (plain.Length <= ExternalIdMaxLength)
        {
            return plain;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(incidentId)));
        return ExternalIdPrefix + hash[..(ExternalIdMaxLength - ExternalIdPrefix.Length)];
    }

    public static NewAutotaskTicket Ticket(MdrIncident incident, MdrTicketRule rule, long companyId)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(rule);
        var description = new StringBuilder()
            .AppendLine(incident.Summary)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"MDR incident: {incident.IncidentId}")
            .AppendLine(CultureInfo.InvariantCulture, $"MDR tenant: {incident.TenantName}")
            .AppendLine(CultureInfo.InvariantCulture, $"Severity: {incident.Priority}; status: {incident.Status}")
            .AppendLine(CultureInfo.InvariantCulture, $"Created in MDR: {incident.CreationTime.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        if (incident.AffectedHosts.Count > 0)
        {
            description.AppendLine(CultureInfo.InvariantCulture, $"Affected hosts: {string.Join(", ", incident.AffectedHosts)}");
        }

        if (!string.IsNullOrWhiteSpace(incident.Description))
        {
            description.AppendLine().AppendLine(incident.Description);
        }

        return new NewAutotaskTicket(
            companyId,
            Cut($"MDR {incident.Priority} incident: {incident.Summary}", NewAutotaskTicket.MaxTitleLength),
            Cut(description.ToString().TrimEnd(), NewAutotaskTicket.MaxDescriptionLength),
            rule.TicketStatus!.Value,
            rule.TicketPriority!.Value,
            rule.QueueId!.Value,
            incident.CreationTime.AddHours(rule.DueHours),
            rule.IssueType,
            rule.SubIssueType,
            ExternalId: ExternalIdOf(incident.IncidentId));
    }

    /// <summary>The marker every note title starts with, so that a note whose sending started can be found on the ticket.</summary>
    public static string MarkerOf(string sourceId) => $"[MDR {sourceId}]";

    public static MdrTicketNote CommentNote(Guid syncedIncidentId, MdrComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return Note(syncedIncidentId, $"comment:{comment.CommentId}", $"Comment by {comment.AuthorName}", comment.Text, comment.CreationTime);
    }

    public static MdrTicketNote ResponseNote(Guid syncedIncidentId, MdrResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = string.IsNullOrWhiteSpace(response.Description)
            ? $"Response {response.Type}: {response.Status}"
            : $"Response {response.Type}: {response.Status}\n\n{response.Description}";
        return Note(syncedIncidentId, $"response:{response.ResponseId}:{response.Status}", $"Response {response.Type} {response.Status}", text, response.CreationTime);
    }

    public static MdrTicketNote StatusNote(Guid syncedIncidentId, MdrIncident incident, MdrIncidentStatus previous)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var text = string.IsNullOrWhiteSpace(incident.Resolution)
            ? $"The MDR incident's status changed from {previous} to {incident.Status}."
            : $"The MDR incident's status changed from {previous} to {incident.Status}.\n\nResolution: {incident.Resolution}";
        var source = string.Create(CultureInfo.InvariantCulture, $"status:{incident.Status}:{incident.UpdateTime.ToUnixTimeMilliseconds()}");
        return Note(syncedIncidentId, source, $"Status {incident.Status}", text, incident.UpdateTime);
    }

    private static MdrTicketNote Note(Guid syncedIncidentId, string sourceId, string title, string text, DateTimeOffset time)
    {
        var source = Cut(sourceId, MdrTicketNote.SourceIdMaxLength);
        return new MdrTicketNote
        {
            Id = Guid.NewGuid(),
            SyncedIncidentId = syncedIncidentId,
            SourceId = source,
            Title = Cut($"{MarkerOf(source)} {title}", NewAutotaskTicketNote.MaxTitleLength),
            Text = Cut(string.IsNullOrWhiteSpace(text) ? title : text, NewAutotaskTicketNote.MaxDescriptionLength),
            SourceTime = time,
        };
    }

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
