using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Mdr;

public sealed partial class MdrSimulator
{
    private static readonly string[] IncidentFields =
        ["incident_id", "creation_time", "update_time", "summary", "description", "priority", "status", "resolution", "tenant_name", "affected_hosts"];

    private (int Status, JsonNode Answer) Dispatch(string clientId, string path, string? authorization, JsonObject body)
    {
        if (path == "session/confirm")
        {
            var (access, refresh) = _state.Exchange(clientId, MdrRequest.String(body, "refresh_token"));
            return (200, new JsonObject { ["access_token"] = access, ["refresh_token"] = refresh });
        }

        var connection = _state.Authorize(clientId, authorization);
        switch (path)
        {
            case "incidents/list":
                var paging = MdrRequest.Paging(body, _options.DefaultPageSize, _options.MaxPageSize)!.Value;
                var (field, ascending) = MdrRequest.Sort(body);
                var fields = Fields(body);
                var page = _state.ListIncidents(connection, MdrRequest.Search(body), field, ascending, paging.Page, paging.Size);
                return (200, new JsonArray([.. page.Select(incident => (JsonNode?)Incident(incident, fields))]));
            case "incidents/count":
                return (200, new JsonObject { ["count"] = _state.CountIncidents(connection, MdrRequest.Search(body)) });
            case "incidents/details":
                return (200, Incident(_state.Details(connection, MdrRequest.RequiredString(body, "incident_id")), Fields(body)));
            case "comments/list":
                return (200, Paged(_state.Comments(connection, MdrRequest.RequiredString(body, "incident_id")), body, Comment));
            case "comments/create":
                return (200, Comment(_state.CreateComment(connection, MdrRequest.RequiredString(body, "incident_id"), MdrRequest.Text(body, "text"))));
            case "responses/list":
                return (200, Paged(_state.Responses(connection, MdrRequest.RequiredString(body, "incident_id")), body, Response));
            case "response/update":
                return (200, Response(_state.UpdateResponse(connection, MdrRequest.RequiredString(body, "response_id"), MdrRequest.RequiredString(body, "status"), MdrRequest.String(body, "comment"))));
            case "assets/list":
                var assetPaging = MdrRequest.Paging(body, _options.DefaultPageSize, _options.MaxPageSize)!.Value;
                var assets = _state.Assets(connection, MdrRequest.Strings(body, "tenants_names"), MdrRequest.Strings(body, "statuses"));
                return (200, new JsonArray([.. assets.Skip((assetPaging.Page - 1) * assetPaging.Size).Take(assetPaging.Size).Select(asset => (JsonNode?)Asset(asset))]));
            case "assets/count":
                return (200, new JsonObject { ["count"] = _state.Assets(connection, MdrRequest.Strings(body, "tenants_names"), MdrRequest.Strings(body, "statuses")).Count });
            default:
                throw MdrWireException.NotFound($"There is no API method \"{path}\".");
        }
    }

    private JsonArray Paged<T>(IReadOnlyList<T> rows, JsonObject body, Func<T, JsonObject> map)
    {
        var paging = MdrRequest.Paging(body, null, _options.MaxPageSize);
        var page = paging is { } some ? rows.Skip((some.Page - 1) * some.Size).Take(some.Size) : rows;
        return new JsonArray([.. page.Select(row => (JsonNode?)map(row))]);
    }

    private static HashSet<string>? Fields(JsonObject body)
    {
        var fields = MdrRequest.Strings(body, "fields");
        if (fields is not { Count: > 0 })
        {
            return null;
        }

        var unknown = fields.FirstOrDefault(field => !IncidentFields.Contains(field, StringComparer.Ordinal));
        return unknown is null ? [.. fields, "incident_id"] : throw MdrWireException.BadRequest($"Unknown field \"{unknown}\".");
    }

    private static JsonObject Incident(MdrSimulatedIncident incident, HashSet<string>? fields)
    {
        var all = new JsonObject
        {
            ["incident_id"] = incident.IncidentId,
            ["creation_time"] = MdrWireValues.Milliseconds(incident.CreationTime),
            ["update_time"] = MdrWireValues.Milliseconds(incident.UpdateTime),
            ["summary"] = incident.Summary,
            ["description"] = incident.Description,
            ["priority"] = MdrWireValues.Priority(incident.Priority),
            ["status"] = MdrWireValues.Status(incident.Status),
            ["resolution"] = incident.Resolution,
            ["tenant_name"] = incident.TenantName,
            ["affected_hosts"] = new JsonArray([.. incident.AffectedHosts.Select(host => (JsonNode?)JsonValue.Create(host))]),
        };
        if (fields is null)
        {
            return all;
        }

        foreach (var name in IncidentFields.Where(name => !fields.Contains(name)))
        {
            all.Remove(name);
        }

        return all;
    }

    private static JsonObject Comment(MdrSimulatedComment comment) => new()
    {
        ["comment_id"] = comment.CommentId,
        ["incident_id"] = comment.IncidentId,
        ["author_name"] = comment.AuthorName,
        ["text"] = comment.Text,
        ["creation_time"] = MdrWireValues.Milliseconds(comment.CreationTime),
    };

    private static JsonObject Response(MdrSimulatedResponse response) => new()
    {
        ["response_id"] = response.ResponseId,
        ["incident_id"] = response.IncidentId,
        ["type"] = response.Type,
        ["status"] = response.Status,
        ["description"] = response.Description,
        ["comment"] = response.Comment,
        ["creation_time"] = MdrWireValues.Milliseconds(response.CreationTime),
    };

    private static JsonObject Asset(MdrSimulatedAsset asset) => new()
    {
        ["asset_id"] = asset.AssetId,
        ["host_name"] = asset.HostName,
        ["tenant_name"] = asset.TenantName,
        ["status"] = asset.Status,
        ["first_seen"] = MdrWireValues.Milliseconds(asset.FirstSeen),
        ["last_seen"] = MdrWireValues.Milliseconds(asset.LastSeen),
    };
}
