namespace BlazorConsole.Sandbox.Mdr;

internal sealed partial class MdrState
{
    /// <summary>One page of the incidents the connection sees that match, in the order asked.</summary>
    public IReadOnlyList<MdrSimulatedIncident> ListIncidents(MdrApiConnection connection, MdrIncidentSearch search, string sortField, bool ascending, int page, int pageSize)
    {
        lock (_gate)
        {
            var rows = Visible(connection, search);
            Func<MdrSimulatedIncident, DateTimeOffset> key = sortField == "creation_time" ? incident => incident.CreationTime : incident => incident.UpdateTime;
            var ordered = ascending
                ? rows.OrderBy(key).ThenBy(incident => incident.IncidentId, StringComparer.Ordinal)
                : rows.OrderByDescending(key).ThenByDescending(incident => incident.IncidentId, StringComparer.Ordinal);
            return [.. ordered.Skip((page - 1) * pageSize).Take(pageSize)];
        }
    }

    public int CountIncidents(MdrApiConnection connection, MdrIncidentSearch search)
    {
        lock (_gate)
        {
            return Visible(connection, search).Count();
        }
    }

    public MdrSimulatedIncident Details(MdrApiConnection connection, string incidentId)
    {
        lock (_gate)
        {
            return VisibleIncident(connection, incidentId);
        }
    }

    public IReadOnlyList<MdrSimulatedComment> Comments(MdrApiConnection connection, string incidentId)
    {
        lock (_gate)
        {
            var incident = VisibleIncident(connection, incidentId);
            return [.. _comments.Where(comment => comment.IncidentId == incident.IncidentId).OrderBy(comment => comment.CreationTime)];
        }
    }

    public IReadOnlyList<MdrSimulatedResponse> Responses(MdrApiConnection connection, string incidentId)
    {
        lock (_gate)
        {
            var incident = VisibleIncident(connection, incidentId);
            return [.. _responses.Where(response => response.IncidentId == incident.IncidentId).OrderBy(response => response.CreationTime)];
        }
    }

    public IReadOnlyList<MdrSimulatedAsset> Assets(MdrApiConnection connection, IReadOnlyList<string>? tenantNames, IReadOnlyList<string>? statuses)
    {
        CheckScope(connection, tenantNames);
        lock (_gate)
        {
            return [.. _assets
                .Where(asset => connection.Sees(asset.TenantName))
                .Where(asset => tenantNames is not { Count: > 0 } || tenantNames.Contains(asset.TenantName, StringComparer.OrdinalIgnoreCase))
                .Where(asset => statuses is not { Count: > 0 } || statuses.Contains(asset.Status, StringComparer.OrdinalIgnoreCase))
                .OrderBy(asset => asset.TenantName, StringComparer.Ordinal).ThenBy(asset => asset.HostName, StringComparer.Ordinal)];
        }
    }

    /// <summary><c>comments/create</c>: a comment signed with the connection's name.</summary>
    public MdrSimulatedComment CreateComment(MdrApiConnection connection, string incidentId, string text)
    {
        lock (_gate)
        {
            var incident = VisibleIncident(connection, incidentId);
            return Comment(incident, connection.Name, text);
        }
    }

    /// <summary><c>response/update</c>: confirms or declines a waiting response (not for Security Officers).</summary>
    public MdrSimulatedResponse UpdateResponse(MdrApiConnection connection, string responseId, string status, string? comment)
    {
        if (connection.Role == MdrSimulatedRole.SecurityOfficer)
        {
            throw MdrWireException.Forbidden("The API connection's access rights do not allow managing responses.");
        }

        if (status is not ("Confirmed" or "Declined"))
        {
            throw MdrWireException.BadRequest("status must be Confirmed or Declined.");
        }

        lock (_gate)
        {
            var index = _responses.FindIndex(response => string.Equals(response.ResponseId, responseId, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw MdrWireException.NotFound("There is no such response.");
            }

            var incident = VisibleIncident(connection, _responses[index].IncidentId);
            if (_responses[index].Status != "Waiting")
            {
                throw MdrWireException.BadRequest("The response has already been answered.");
            }

            var updated = _responses[index] with { Status = status, Comment = comment };
            _responses[index] = updated;
            Touch(incident.IncidentId, incident => incident);
            return updated;
        }
    }

    public MdrSimulatedIncident RaiseIncident(string tenantName, MdrSimulatedPriority priority, string summary, string? description, IReadOnlyList<string>? affectedHosts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        var tenant = MdrSeedData.Tenants.FirstOrDefault(name => string.Equals(name, tenantName, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no MDR tenant named '{tenantName}'.", nameof(tenantName));
        lock (_gate)
        {
            var stamp = Stamp();
            var hosts = affectedHosts is { Count: > 0 } ? affectedHosts : [.. _assets.Where(asset => asset.TenantName == tenant).Take(1).Select(asset => asset.HostName)];
            var incident = new MdrSimulatedIncident(StableId("incident", ++_nextIncident), stamp, stamp, summary.Trim(), description, priority, MdrSimulatedStatus.Open, null, tenant, [.. hosts]);
            _incidents.Add(incident);
            return incident;
        }
    }

    public MdrSimulatedComment AddComment(string incidentId, string authorName, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        lock (_gate)
        {
            return Comment(Find(incidentId), authorName.Trim(), text);
        }
    }

    public MdrSimulatedIncident SetStatus(string incidentId, MdrSimulatedStatus status, string? resolution)
    {
        lock (_gate)
        {
            return Touch(Find(incidentId).IncidentId, incident => incident with { Status = status, Resolution = resolution ?? incident.Resolution });
        }
    }

    public MdrSimulatedResponse AddResponse(string incidentId, string type, string? description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        lock (_gate)
        {
            var incident = Find(incidentId);
            var updated = Touch(incident.IncidentId, current => current);
            var response = new MdrSimulatedResponse(StableId("response", ++_nextResponse), incident.IncidentId, type.Trim(), "Waiting", description, updated.UpdateTime, null);
            _responses.Add(response);
            return response;
        }
    }

    private MdrSimulatedComment Comment(MdrSimulatedIncident incident, string author, string text)
    {
        var updated = Touch(incident.IncidentId, current => current);
        var comment = new MdrSimulatedComment(StableId("comment", ++_nextComment), incident.IncidentId, author, text, updated.UpdateTime);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>Replaces the incident with <paramref name="change"/> of it and a new update time.</summary>
    private MdrSimulatedIncident Touch(string incidentId, Func<MdrSimulatedIncident, MdrSimulatedIncident> change)
    {
        var index = _incidents.FindIndex(incident => incident.IncidentId == incidentId);
        var updated = change(_incidents[index]) with { UpdateTime = Stamp() };
        _incidents[index] = updated;
        return updated;
    }

    private MdrSimulatedIncident Find(string incidentId) =>
        _incidents.FirstOrDefault(incident => string.Equals(incident.IncidentId, incidentId, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"There is no incident '{incidentId}'.", nameof(incidentId));

    private IEnumerable<MdrSimulatedIncident> Visible(MdrApiConnection connection, MdrIncidentSearch search)
    {
        CheckScope(connection, search.TenantNames);
        return _incidents.Where(incident => connection.Sees(incident.TenantName) && search.Matches(incident));
    }

    private MdrSimulatedIncident VisibleIncident(MdrApiConnection connection, string incidentId)
    {
        var incident = _incidents.FirstOrDefault(candidate => string.Equals(candidate.IncidentId, incidentId, StringComparison.OrdinalIgnoreCase))
            ?? throw MdrWireException.NotFound("There is no such incident.");
        return connection.Sees(incident.TenantName)
            ? incident
            : throw MdrWireException.Forbidden("The incident belongs to a tenant the API connection is not allowed to see.");
    }

    private static void CheckScope(MdrApiConnection connection, IReadOnlyList<string>? tenantNames)
    {
        if (tenantNames?.FirstOrDefault(name => !connection.Sees(name)) is { } outside)
        {
            throw MdrWireException.Forbidden($"The API connection is not allowed to see the tenant \"{outside}\".");
        }
    }
}
