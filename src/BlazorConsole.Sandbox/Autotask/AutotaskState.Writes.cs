using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Autotask;

internal sealed partial class AutotaskState
{
    private static AutotaskEntitySpec TicketsSpec => AutotaskCatalog.Find("Tickets")!;

    private static AutotaskEntitySpec NotesSpec => AutotaskCatalog.Find("TicketNotes")!;

    /// <summary>POST /Tickets: validates like Autotask, stores the ticket with a new number; its id.</summary>
    public long CreateTicket(JsonObject body, string createdBy)
    {
        lock (_gate)
        {
            var row = new JsonObject(NodeOptions);
            CopyWritable(TicketsSpec, body, row);
            ValidateTicket(row);
            var now = Now;
            var id = _nextTicketId++;
            var day = now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var sequence = _ticketNumbersPerDay.GetValueOrDefault(day) + 1;
            _ticketNumbersPerDay[day] = sequence;
            row["id"] = id;
            row["ticketNumber"] = string.Create(CultureInfo.InvariantCulture, $"T{day}.{sequence:D4}");
            row["createDate"] = Stamp(now);
            row["lastActivityDate"] = Stamp(now);
            row["completedDate"] = Long(row, "status") == AutotaskCatalog.StatusComplete ? Stamp(now) : null;
            row["userDefinedFields"] = new JsonArray();
            _rows["Tickets"][id] = row;
            _ticketCreators[id] = createdBy;
            return id;
        }
    }

    /// <summary>PATCH (only the fields sent change) or PUT (fields left out are cleared) of /Tickets; the ticket's id.</summary>
    public long UpdateTicket(JsonObject body, bool replace)
    {
        lock (_gate)
        {
            var id = RequiredId(body);
            if (!_rows["Tickets"].TryGetValue(id, out var existing))
            {
                throw new AutotaskWireException(404, $"Ticket {id} does not exist.");
            }

            var updated = replace ? new JsonObject(NodeOptions) : (JsonObject)existing.DeepClone();
            CopyWritable(TicketsSpec, body, updated);
            ValidateTicket(updated);
            foreach (var field in new[] { "id", "ticketNumber", "createDate", "userDefinedFields" })
            {
                updated[field] = existing[field]?.DeepClone();
            }

            var now = Now;
            updated["lastActivityDate"] = Stamp(now);
            var wasComplete = Long(existing, "status") == AutotaskCatalog.StatusComplete;
            var isComplete = Long(updated, "status") == AutotaskCatalog.StatusComplete;
            updated["completedDate"] = isComplete ? (wasComplete ? existing["completedDate"]?.DeepClone() : Stamp(now)) : null;
            _rows["Tickets"][id] = updated;
            return id;
        }
    }

    /// <summary>POST /Tickets/{id}/Notes; the note's id.</summary>
    public long CreateNote(long ticketId, JsonObject body)
    {
        lock (_gate)
        {
            var ticket = FindTicket(ticketId);
            var row = new JsonObject(NodeOptions);
            CopyWritable(NotesSpec, body, row);
            if (row["ticketID"] is not null && Long(row, "ticketID") != ticketId)
            {
                throw AutotaskWireException.Invalid("ticketID does not match the ticket of the URL.; on record number [0].");
            }

            row["ticketID"] = ticketId;
            ValidateNote(row);
            var now = Now;
            var id = _nextNoteId++;
            row["id"] = id;
            row["createDateTime"] = Stamp(now);
            row["lastActivityDate"] = Stamp(now);
            row["creatorResourceID"] = 29682885;
            _rows["TicketNotes"][id] = row;
            ticket["lastActivityDate"] = Stamp(now);
            return id;
        }
    }

    /// <summary>PATCH /Tickets/{id}/Notes; the note's id.</summary>
    public long UpdateNote(long ticketId, JsonObject body)
    {
        lock (_gate)
        {
            var ticket = FindTicket(ticketId);
            var id = RequiredId(body);
            if (!_rows["TicketNotes"].TryGetValue(id, out var existing) || Long(existing, "ticketID") != ticketId)
            {
                throw new AutotaskWireException(404, $"Ticket note {id} does not exist on ticket {ticketId}.");
            }

            var updated = (JsonObject)existing.DeepClone();
            CopyWritable(NotesSpec, body, updated);
            updated["ticketID"] = ticketId;
            ValidateNote(updated);
            updated["lastActivityDate"] = Stamp(Now);
            _rows["TicketNotes"][id] = updated;
            ticket["lastActivityDate"] = Stamp(Now);
            return id;
        }
    }

    /// <summary>POST /ContractServiceAdjustments: changes the units of every period from the effective date on; its id.</summary>
    public long Adjust(JsonObject body, string createdBy)
    {
        RejectNulls(body);
        var contractId = ReadLong(body, "contractID") ?? throw Required("contractID");
        var contractServiceId = ReadLong(body, "contractServiceID") ?? throw Required("contractServiceID");
        var change = ReadLong(body, "unitChange") ?? throw Required("unitChange");
        var effective = ReadDate(body, "effectiveDate") ?? throw Required("effectiveDate");
        var price = body["adjustedUnitPrice"] is { } priceNode ? ReadDecimal(priceNode, "adjustedUnitPrice") : (decimal?)null;
        if (change == 0)
        {
            throw AutotaskWireException.Invalid("unitChange cannot be 0.; on record number [0].");
        }

        lock (_gate)
        {
            if (!_rows["ContractServices"].TryGetValue(contractServiceId, out var service) || Long(service, "contractID") != contractId)
            {
                throw AutotaskWireException.Invalid("Value does not reference an existing entity for contractServiceID.; on record number [0].");
            }

            var periods = _rows["ContractServiceUnits"].Values
                .Where(row => Long(row, "contractServiceID") == contractServiceId && Date(row, "endDate") >= effective)
                .ToList();
            if (periods.Count == 0)
            {
                throw AutotaskWireException.Invalid("effectiveDate is after the end of the contract.; on record number [0].");
            }

            if (periods.Any(row => Long(row, "units") + change < 0))
            {
                throw AutotaskWireException.Invalid("The adjustment would bring the units below zero.; on record number [0].");
            }

            var unitPrice = Number(service["unitPrice"]!);
            foreach (var row in periods)
            {
                var units = Long(row, "units") + change;
                row["units"] = units;
                row["price"] = unitPrice * units;
            }

            var id = _nextAdjustmentId++;
            _adjustments.Add(new AutotaskSimulatedAdjustment(id, contractId, contractServiceId, effective, (int)change, price, createdBy));
            return id;
        }
    }

    private JsonObject FindTicket(long ticketId) =>
        _rows["Tickets"].TryGetValue(ticketId, out var ticket) ? ticket : throw new AutotaskWireException(404, $"Ticket {ticketId} does not exist.");

    private void ValidateTicket(JsonObject row)
    {
        var companyId = ReadLong(row, "companyID") ?? throw Required("companyID");
        if (!_rows["Companies"].ContainsKey(companyId))
        {
            throw AutotaskWireException.Invalid("Value does not reference an existing entity for companyID.; on record number [0].");
        }

        if (string.IsNullOrWhiteSpace(row["title"]?.GetValue<string>()))
        {
            throw Required("title");
        }

        _ = ReadLong(row, "status") ?? throw Required("status");
        _ = ReadLong(row, "priority") ?? throw Required("priority");
        if (_options.RequireQueueId && row["queueID"] is null)
        {
            throw Required("queueID");
        }

        if (_options.RequireDueDateTime && row["dueDateTime"] is null)
        {
            throw Required("dueDateTime");
        }

        if (row["dueDateTime"] is not null)
        {
            _ = ReadDate(row, "dueDateTime");
        }

        if (row["assignedResourceID"] is not null && row["assignedResourceRoleID"] is null)
        {
            throw AutotaskWireException.Invalid("AssignedResourceRoleID is required when AssignedResourceID is given.; on record number [0].");
        }

        CheckPicklists(TicketsSpec, row);
    }

    private void ValidateNote(JsonObject row)
    {
        if (string.IsNullOrWhiteSpace(row["description"]?.GetValue<string>()))
        {
            throw Required("description");
        }

        if (_options.RequireNoteTitle && string.IsNullOrWhiteSpace(row["title"]?.GetValue<string>()))
        {
            throw Required("title");
        }

        _ = ReadLong(row, "noteType") ?? throw Required("noteType");
        _ = ReadLong(row, "publish") ?? throw Required("publish");
        CheckPicklists(NotesSpec, row);
    }

    private static void CheckPicklists(AutotaskEntitySpec entity, JsonObject row)
    {
        foreach (var field in entity.Fields.Where(field => field.IsPickList && row[field.Name] is not null))
        {
            var value = ReadLong(row, field.Name);
            var pick = field.Picklist!.FirstOrDefault(pick => pick.Value == value);
            if (pick is null || !pick.IsActive)
            {
                throw AutotaskWireException.Invalid($"Value does not reference an existing active picklist value for {field.Name}.; on record number [0].");
            }
        }
    }

    private static void CopyWritable(AutotaskEntitySpec entity, JsonObject body, JsonObject target)
    {
        RejectNulls(body);
        foreach (var (name, value) in body)
        {
            var field = entity.Field(name);
            if (field is null)
            {
                if (string.Equals(name, "userDefinedFields", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                throw AutotaskWireException.Invalid($"Unable to find {name} in the {entity.Name} entity.");
            }

            if (!field.IsReadOnly)
            {
                target[field.Name] = value?.DeepClone();
            }
        }
    }

    private static void RejectNulls(JsonObject body)
    {
        var nullField = body.FirstOrDefault(pair => pair.Value is null).Key;
        if (nullField is not null)
        {
            throw AutotaskWireException.Invalid($"Object reference not set to an instance of an object ({nullField}).");
        }
    }

    private static long RequiredId(JsonObject body) => ReadLong(body, "id") ?? throw Required("id");

    private static AutotaskWireException Required(string field) => AutotaskWireException.Invalid($"{field} is required.; on record number [0].");

    private static long? ReadLong(JsonObject row, string field) => row[field] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && Number(value) is var number && number == decimal.Truncate(number) && Math.Abs(number) <= long.MaxValue => (long)number,
        JsonValue value when value.GetValueKind() == JsonValueKind.String && long.TryParse(value.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw AutotaskWireException.Invalid($"The value for {field} is not a valid integer.; on record number [0]."),
    };

    private static decimal ReadDecimal(JsonNode node, string field) =>
        node.GetValueKind() == JsonValueKind.Number ? Number(node) : throw AutotaskWireException.Invalid($"The value for {field} is not a valid number.");

    private static DateTimeOffset? ReadDate(JsonObject row, string field) => row[field] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) => date,
        _ => throw AutotaskWireException.Invalid($"The value for {field} is not a valid date.; on record number [0]."),
    };
}
