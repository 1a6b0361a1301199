using BlazorConsole.Core.Integrations.Mdr;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>The ticketing rules while the administrator edits them, and the problems found on Save, by field.</summary>
public sealed class MdrTicketingForm
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    /// <summary>High first: the order the page shows them in.</summary>
    public required IReadOnlyList<MdrRuleForm> Rules { get; init; }

    public bool NotesForUpdates { get; set; }

    public bool CompleteOnClose { get; set; }

    public bool CompleteOnResolve { get; set; }

    public long? CompletedStatus { get; set; }

    public bool HasErrors => _errors.Count > 0;

    public static MdrTicketingForm From(MdrTicketingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            Rules = [.. new[] { MdrPriority.High, MdrPriority.Normal, MdrPriority.Low }.Select(p => MdrRuleForm.From(settings.RuleFor(p)))],
            NotesForUpdates = settings.NotesForUpdates,
            CompleteOnClose = settings.CompleteOnClose,
            CompleteOnResolve = settings.CompleteOnResolve,
            CompletedStatus = settings.CompletedStatus,
        };
    }

    public MdrTicketingSettings ToSettings() => new(
        [.. Rules.Select(r => r.ToRule())],
        NotesForUpdates,
        CompleteOnClose,
        CompleteOnResolve,
        CompletedStatus is { } status ? checked((int)status) : MdrTicketingSettings.DefaultCompletedStatus);

    /// <summary>Checks every field; true when nothing is wrong.</summary>
    public bool Validate()
    {
        _errors.Clear();
        foreach (var rule in Rules)
        {
            foreach (var (field, message) in rule.Check())
            {
                _errors[Key(rule.Priority, field)] = message;
            }
        }

        if ((CompleteOnClose || CompleteOnResolve) && CompletedStatus is null)
        {
            _errors[nameof(CompletedStatus)] = "Choose the status that completes a ticket.";
        }

        return _errors.Count == 0;
    }

    /// <summary>The problem of one field of a rule (after <see cref="Validate"/>); null when none.</summary>
    public string? Error(MdrPriority priority, string field) => _errors.GetValueOrDefault(Key(priority, field));

    public string? Error(string field) => _errors.GetValueOrDefault(field);

    /// <summary>A field changed: its old problem no longer applies.</summary>
    public void Clear(MdrPriority priority, string field) => _errors.Remove(Key(priority, field));

    public void Clear(string field) => _errors.Remove(field);

    private static string Key(MdrPriority priority, string field) => $"{priority}.{field}";
}
