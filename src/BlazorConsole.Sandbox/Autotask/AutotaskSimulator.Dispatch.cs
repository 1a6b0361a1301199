using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BlazorConsole.Sandbox.Autotask;

public sealed partial class AutotaskSimulator
{
    private const int MaxPageSize = 500;

    /// <summary>Child lists: <c>/{parent}/{id}/{child}</c> → (entity, field holding the parent id).</summary>
    private static readonly Dictionary<(string Parent, string Child), (string Entity, string ParentField)> Children = new()
    {
        [("TICKETS", "NOTES")] = ("TicketNotes", "ticketID"),
        [("COMPANIES", "CONTACTS")] = ("Contacts", "companyID"),
        [("CONTRACTS", "SERVICES")] = ("ContractServices", "contractID"),
    };

    private (int Status, JsonNode Answer) Dispatch(HttpContext context, AutotaskSimulatedZone zone, AutotaskSimulatedUser user, string apiPath, string? body)
    {
        var method = context.Request.Method.ToUpperInvariant();
        var parts = apiPath.Split('/');
        if (parts is [var threshold] && Is(threshold, "ThresholdInformation"))
        {
            RequireMethod(method, "GET");
            var (count, _) = _state.RequestsInWindow(zone.DatabaseId);
            return (200, new JsonObject
            {
                ["externalRequestThreshold"] = _options.RequestThreshold,
                ["requestThresholdTimeframe"] = (int)_options.ThresholdTimeframe.TotalMinutes,
                ["currentTimeframeRequestCount"] = count,
            });
        }

        if (parts is [var parentName, var parentIdText, var childName, ..] && long.TryParse(parentIdText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parentId)
            && Children.TryGetValue((parentName.ToUpperInvariant(), childName.ToUpperInvariant()), out var child))
        {
            return DispatchChild(context, zone, user, method, AutotaskCatalog.Find(child.Entity)!, child.ParentField, parentName, parentId, parts[3..], body);
        }

        var entity = AutotaskCatalog.Find(parts[0]) ?? throw new AutotaskWireException(404, $"The entity '{parts[0]}' does not exist.");
        switch (parts[1..])
        {
            case [var info] when Is(info, "entityInformation"):
                RequireMethod(method, "GET");
                return (200, EntityInformation(entity, user));
            case [var info, var fields] when Is(info, "entityInformation") && Is(fields, "fields"):
                RequireMethod(method, "GET");
                return (200, new JsonObject { ["fields"] = new JsonArray([.. entity.Fields.Select(FieldInformation)]) });
            case [var info, var udfs] when Is(info, "entityInformation") && Is(udfs, "userDefinedFields"):
                RequireMethod(method, "GET");
                return (200, new JsonObject { ["fields"] = UserDefinedFields(entity) });
            case [var query] when Is(query, "query"):
                RequireQuery(entity, user);
                return (200, QueryPage(context, zone, entity, method, body, QuerySource.First, null));
            case [var query, var count] when Is(query, "query") && Is(count, "count"):
                RequireQuery(entity, user);
                var countQuery = ReadQuery(method == "GET" ? context.Request.Query["search"].ToString() : body);
                return (200, new JsonObject { ["queryCount"] = _state.Count(entity, countQuery.Filter) });
            case [var query, var next] when Is(query, "query") && Is(next, "next"):
                RequireQuery(entity, user);
                return (200, QueryPage(context, zone, entity, method, body, QuerySource.Next, null));
            case [var idText] when long.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                RequireMethod(method, "GET");
                RequireQuery(entity, user);
                var item = _state.Get(entity, id) ?? throw new AutotaskWireException(404, $"{entity.Name} {id} does not exist.");
                return (200, new JsonObject { ["item"] = item });
            case []:
                return (200, Write(entity, user, method, body));
            default:
                throw new AutotaskWireException(404, "The requested resource was not found.");
        }
    }

    private (int Status, JsonNode Answer) DispatchChild(HttpContext context, AutotaskSimulatedZone zone, AutotaskSimulatedUser user, string method, AutotaskEntitySpec entity, string parentField, string parentName, long parentId, string[] rest, string? body)
    {
        switch (rest)
        {
            case [var info, ..] when Is(info, "entityInformation"):
                RequireMethod(method, "GET");
                return rest.Length == 1
                    ? (200, EntityInformation(entity, user))
                    : (200, new JsonObject { ["fields"] = new JsonArray([.. entity.Fields.Select(FieldInformation)]) });
            case []:
                break;
            default:
                throw new AutotaskWireException(404, "The requested resource was not found.");
        }

        var parent = AutotaskCatalog.Find(parentName)!;
        if (method == "GET")
        {
            RequireQuery(entity, user);
            if (!_state.Exists(parent.Name, parentId))
            {
                throw new AutotaskWireException(404, $"{parent.Name} {parentId} does not exist.");
            }

            var (rows, _) = _state.Query(entity, new JsonArray(new JsonObject { ["op"] = "eq", ["field"] = parentField, ["value"] = parentId }), MaxPageSize, null, null);
            return (200, Page(rows, MaxPageSize, null));
        }

        if (entity.Name != "TicketNotes" || method is not ("POST" or "PATCH"))
        {
            throw new AutotaskWireException(405, $"The requested resource does not support http method '{method}'.");
        }

        var rights = user.RightsOn(entity.Name);
        RequireRight(method == "POST" ? rights.Create : rights.Update, method == "POST" ? "create" : "update");
        var note = ParseObject(body);
        var id = method == "POST" ? _state.CreateNote(parentId, note) : _state.UpdateNote(parentId, note);
        return (200, new JsonObject { ["itemId"] = id });
    }

    private JsonObject Write(AutotaskEntitySpec entity, AutotaskSimulatedUser user, string method, string? body)
    {
        if (entity.Name == "TicketNotes")
        {
            throw new AutotaskWireException(404, "The requested resource was not found.");
        }

        var rights = user.RightsOn(entity.Name);
        switch (entity.Name, method)
        {
            case ("Tickets", "POST"):
                RequireRight(rights.Create, "create");
                return new JsonObject { ["itemId"] = _state.CreateTicket(ParseObject(body), user.UserName) };
            case ("Tickets", "PATCH" or "PUT"):
                RequireRight(rights.Update, "update");
                return new JsonObject { ["itemId"] = _state.UpdateTicket(ParseObject(body), replace: method == "PUT") };
            case ("ContractServiceAdjustments", "POST"):
                RequireRight(rights.Create, "create");
                return new JsonObject { ["itemId"] = _state.Adjust(ParseObject(body), user.UserName) };
            default:
                throw new AutotaskWireException(405, $"The requested resource does not support http method '{method}'.");
        }
    }

    private enum QuerySource
    {
        First,
        Next,
    }

    private JsonObject QueryPage(HttpContext context, AutotaskSimulatedZone zone, AutotaskEntitySpec entity, string method, string? body, QuerySource source, long? afterId)
    {
        string? search = null;
        if (method == "GET")
        {
            search = context.Request.Query["search"].ToString();
            if (source == QuerySource.Next && string.IsNullOrEmpty(search))
            {
                throw new AutotaskWireException(405, "The requested resource does not support http method 'GET'.");
            }
        }
        else if (method != "POST")
        {
            throw new AutotaskWireException(405, $"The requested resource does not support http method '{method}'.");
        }

        var query = ReadQuery(method == "GET" ? search : body);
        var pageSize = query.MaxRecords;
        if (source == QuerySource.Next)
        {
            var paging = ParseObject(context.Request.Query["paging"].ToString());
            if (paging["pageSize"] is not { } size || size.GetValueKind() != JsonValueKind.Number || paging["lastId"] is not { } last || last.GetValueKind() != JsonValueKind.Number)
            {
                throw AutotaskWireException.Invalid("The paging parameter is not valid.");
            }

            pageSize = Math.Clamp((int)AutotaskState.Number(size), 1, MaxPageSize);
            afterId = (long)AutotaskState.Number(last);
        }

        var (rows, more) = _state.Query(entity, query.Filter, pageSize, afterId, query.IncludeFields);
        string? next = null;
        if (more)
        {
            var lastId = AutotaskState.Long(rows[^1], "id");
            var host = Faults.NextPageHost is { } foreign ? $"{foreign}:{context.Request.Host.Port}" : context.Request.Host.ToString();
            var paging = new JsonObject { ["pageSize"] = pageSize, ["lastId"] = lastId }.ToJsonString();
            next = $"{context.Request.Scheme}://{host}/{zone.Segment}/ATServicesRest/V1.0/{entity.Name}/query/next?paging={Uri.EscapeDataString(paging)}"
                + (search is null ? string.Empty : "&search=" + Uri.EscapeDataString(search));
        }

        return Page(rows, pageSize, next);
    }

    private static JsonObject Page(List<JsonObject> rows, int pageSize, string? next) => new()
    {
        ["items"] = new JsonArray([.. rows]),
        ["pageDetails"] = new JsonObject
        {
            ["count"] = rows.Count,
            ["requestCount"] = pageSize,
            ["prevPageUrl"] = null,
            ["nextPageUrl"] = next,
        },
    };

    private static (JsonArray Filter, int MaxRecords, IReadOnlyList<string>? IncludeFields) ReadQuery(string? text)
    {
        var query = ParseObject(text);
        if (query["filter"] is not JsonArray filter)
        {
            throw AutotaskWireException.Invalid("The query needs a filter.");
        }

        var maxRecords = MaxPageSize;
        if (query["MaxRecords"] is { } max)
        {
            if (max.GetValueKind() != JsonValueKind.Number || !max.AsValue().TryGetValue<int>(out maxRecords) || maxRecords is < 1 or > MaxPageSize)
            {
                throw AutotaskWireException.Invalid("MaxRecords must be a whole number from 1 to 500.");
            }
        }

        IReadOnlyList<string>? include = query["IncludeFields"] is JsonArray fields
            ? [.. fields.Select(field => field?.GetValueKind() == JsonValueKind.String ? field.GetValue<string>() : throw AutotaskWireException.Invalid("IncludeFields must hold field names."))]
            : null;
        return ((JsonArray)filter.DeepClone(), maxRecords, include);
    }

    private static JsonObject ParseObject(string? text)
    {
        try
        {
            return JsonNode.Parse(text ?? string.Empty, AutotaskState.NodeOptions) as JsonObject ?? throw AutotaskWireException.Invalid("The body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw AutotaskWireException.Invalid("The body is not valid JSON.");
        }
    }

    private static void RequireMethod(string method, string allowed)
    {
        if (method != allowed)
        {
            throw new AutotaskWireException(405, $"The requested resource does not support http method '{method}'.");
        }
    }

    private static void RequireQuery(AutotaskEntitySpec entity, AutotaskSimulatedUser user)
    {
        if (!entity.CanQuery)
        {
            throw new AutotaskWireException(405, "The requested resource does not support http method 'GET'.");
        }

        if (user.RightsOn(entity.Name).Query == 0)
        {
            throw new AutotaskWireException(403, "The logged in Resource does not have the adequate permissions to query this entity type.");
        }
    }

    private static void RequireRight(int right, string verb)
    {
        if (right == 0)
        {
            throw AutotaskWireException.Invalid($"The logged in Resource does not have the adequate permissions to {verb} this entity type.");
        }
    }

    private static JsonObject EntityInformation(AutotaskEntitySpec entity, AutotaskSimulatedUser user)
    {
        var rights = user.RightsOn(entity.Name);
        return new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = entity.Name,
                ["canCreate"] = entity.CanCreate,
                ["canDelete"] = false,
                ["canQuery"] = entity.CanQuery,
                ["canUpdate"] = entity.CanUpdate,
                ["userAccessForCreate"] = entity.CanCreate ? rights.Create : 0,
                ["userAccessForDelete"] = 0,
                ["userAccessForQuery"] = entity.CanQuery ? rights.Query : 0,
                ["userAccessForUpdate"] = entity.CanUpdate ? rights.Update : 0,
                ["hasUserDefinedFields"] = entity.HasUserDefinedFields,
                ["supportsWebhookCallouts"] = entity.Name is "Tickets" or "Companies",
            },
        };
    }

    private static JsonObject FieldInformation(AutotaskFieldSpec field) => new()
    {
        ["name"] = field.Name,
        ["dataType"] = field.DataType,
        ["length"] = field.DataType == "string" ? 255 : 0,
        ["isRequired"] = field.IsRequired,
        ["isReadOnly"] = field.IsReadOnly,
        ["isQueryable"] = true,
        ["isReference"] = field.ReferenceEntity.Length > 0,
        ["referenceEntityType"] = field.ReferenceEntity,
        ["isPickList"] = field.IsPickList,
        ["picklistValues"] = field.Picklist is null ? null : Picklist(field.Picklist),
        ["picklistParentValueField"] = field.Picklist?.Any(pick => pick.ParentValue.Length > 0) == true ? "issueType" : string.Empty,
        ["isSupportedWebhookField"] = false,
    };

    private static JsonArray Picklist(IReadOnlyList<AutotaskPick> picks) => new([.. picks.Select((pick, index) => (JsonNode)new JsonObject
    {
        ["value"] = pick.Value.ToString(CultureInfo.InvariantCulture),
        ["label"] = pick.Label,
        ["isDefaultValue"] = pick.IsDefault,
        ["sortOrder"] = index,
        ["parentValue"] = pick.ParentValue,
        ["isActive"] = pick.IsActive,
        ["isSystem"] = pick.Value < 100,
    })]);

    private static JsonArray UserDefinedFields(AutotaskEntitySpec entity) => entity.Name != "Companies"
        ? []
        : new JsonArray(new JsonObject
        {
            ["name"] = "Tier",
            ["label"] = "Support tier",
            ["type"] = "string",
            ["length"] = 50,
            ["description"] = "Support tier of the customer",
            ["isRequired"] = false,
            ["isReadOnly"] = false,
            ["isQueryable"] = true,
            ["isPickList"] = true,
            ["picklistValues"] = Picklist(AutotaskCatalog.CompanyTiers),
            ["defaultValue"] = null,
        });
}
