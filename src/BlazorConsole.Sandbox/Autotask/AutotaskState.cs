using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlazorConsole.Sandbox.Autotask;

/// <summary>
/// Everything the simulator holds for one run: rows of every entity (case-insensitive JSON objects), users, and the
/// request counters of the threshold. One lock guards it all.
/// </summary>
internal sealed partial class AutotaskState
{
    public static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Lock _gate = new();
    private readonly AutotaskSimulatorOptions _options;
    private readonly Dictionary<string, SortedDictionary<long, JsonObject>> _rows = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, Queue<DateTimeOffset>> _requests = [];
    private readonly List<AutotaskSimulatedUser> _users = [];
    private readonly List<AutotaskSimulatedAdjustment> _adjustments = [];
    private readonly Dictionary<string, int> _ticketNumbersPerDay = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _ticketCreators = [];
    private long _nextTicketId;
    private long _nextNoteId;
    private long _nextAdjustmentId;
    private long _nextUnitsId;
    private long _nextCompanyId;
    private long _nextContractId;
    private long _nextContractServiceId;

    public AutotaskState(AutotaskSimulatorOptions options)
    {
        _options = options;
        Zones = options.Zones ?? AutotaskSandboxUsers.Zones;
    }

    public IReadOnlyList<AutotaskSimulatedZone> Zones { get; }

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    /// <summary>Back to the seeded data and users; counters and tickets are cleared.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _rows.Clear();
            _requests.Clear();
            _adjustments.Clear();
            _ticketNumbersPerDay.Clear();
            _ticketCreators.Clear();
            _users.Clear();
            _users.AddRange(_options.Users ?? AutotaskSandboxUsers.Users);
            foreach (var entity in AutotaskCatalog.Entities)
            {
                _rows[entity.Name] = [];
            }

            _nextTicketId = 128_900;
            _nextNoteId = 30_777_600;
            _nextAdjustmentId = 5_000;
            _nextUnitsId = 60_000;
            _nextCompanyId = 29_683_600;
            _nextContractId = 9_100;
            _nextContractServiceId = 8_200;
            SeedFixtures();
        }
    }

    public AutotaskSimulatedUser? FindUser(string userName)
    {
        lock (_gate)
        {
            return _users.FirstOrDefault(user => string.Equals(user.UserName, userName, StringComparison.OrdinalIgnoreCase));
        }
    }

    public void PutUser(AutotaskSimulatedUser user)
    {
        if (Zones.All(zone => zone.Name != user.ZoneName))
        {
            throw new ArgumentException($"There is no zone named '{user.ZoneName}'.", nameof(user));
        }

        lock (_gate)
        {
            _users.RemoveAll(existing => string.Equals(existing.UserName, user.UserName, StringComparison.OrdinalIgnoreCase));
            _users.Add(user);
        }
    }

    public AutotaskSimulatedZone ZoneOf(AutotaskSimulatedUser user) => Zones.First(zone => zone.Name == user.ZoneName);

    /// <summary>Counts one request of database <paramref name="databaseId"/>; returns the count in the window, this one included.</summary>
    public int CountRequest(long databaseId)
    {
        lock (_gate)
        {
            var window = Window(databaseId);
            window.Enqueue(Now);
            return window.Count;
        }
    }

    /// <summary>Requests of the database in the window now, and when the oldest leaves it.</summary>
    public (int Count, DateTimeOffset? OldestLeavesAt) RequestsInWindow(long databaseId)
    {
        lock (_gate)
        {
            var window = Window(databaseId);
            return (window.Count, window.Count == 0 ? null : window.Peek() + _options.ThresholdTimeframe);
        }
    }

    /// <summary>Adds <paramref name="count"/> requests of other integrations to the database's window.</summary>
    public void AddRequests(long databaseId, int count)
    {
        lock (_gate)
        {
            var window = Window(databaseId);
            for (var i = 0; i < count; i++)
            {
                window.Enqueue(Now);
            }
        }
    }

    public AutotaskSimulatorSnapshot Snapshot()
    {
        lock (_gate)
        {
            var tickets = _rows["Tickets"].Values.Select(row => ToTicket(row, _ticketCreators.GetValueOrDefault(Long(row, "id")))).ToList();
            var notes = _rows["TicketNotes"].Values.Select(row => new AutotaskSimulatedNote(
                Long(row, "id"), Long(row, "ticketID"), row["title"]?.GetValue<string>(), row["description"]!.GetValue<string>(),
                (int)Long(row, "noteType"), (int)Long(row, "publish"), Date(row, "createDateTime")!.Value)).ToList();
            var units = _rows["ContractServiceUnits"].Values
                .Select(row => new AutotaskSimulatedUnits(Long(row, "contractServiceID"), Date(row, "startDate")!.Value, Date(row, "endDate")!.Value, (int)Long(row, "units")))
                .OrderBy(row => row.ContractServiceId).ThenBy(row => row.StartDate).ToList();
            var counts = _requests.ToDictionary(pair => pair.Key, pair => Window(pair.Key).Count);
            return new AutotaskSimulatorSnapshot(tickets, notes, [.. _adjustments], units, counts, _rows["Companies"].Count);
        }
    }

    private Queue<DateTimeOffset> Window(long databaseId)
    {
        if (!_requests.TryGetValue(databaseId, out var window))
        {
            window = new Queue<DateTimeOffset>();
            _requests[databaseId] = window;
        }

        var cutoff = Now - _options.ThresholdTimeframe;
        while (window.Count > 0 && window.Peek() <= cutoff)
        {
            window.Dequeue();
        }

        return window;
    }

    internal static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static long Long(JsonObject row, string field) => (long)Number(row[field]!);

    /// <summary>A JSON number as a decimal, whatever CLR type the node was built from.</summary>
    internal static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    internal static DateTimeOffset? Date(JsonObject row, string field) =>
        row[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;

    private static AutotaskSimulatedTicket ToTicket(JsonObject row, string? createdBy) => new(
        Long(row, "id"),
        row["ticketNumber"]!.GetValue<string>(),
        Long(row, "companyID"),
        row["title"]!.GetValue<string>(),
        row["description"]?.GetValue<string>(),
        (int)Long(row, "status"),
        (int)Long(row, "priority"),
        row["queueID"] is null ? null : Long(row, "queueID"),
        Date(row, "dueDateTime"),
        Date(row, "createDate")!.Value,
        Date(row, "lastActivityDate")!.Value,
        Date(row, "completedDate"),
        createdBy);
}
