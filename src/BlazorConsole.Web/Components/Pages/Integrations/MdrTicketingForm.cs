using System.Globalization;
using System.Text.RegularExpressions;
using BlazorConsole.Core.Integrations.Mdr;
using FluentValidation.Results;

namespace BlazorConsole.Web.Components.Pages.Integrations;

/// <summary>The ticketing rules while the administrator edits them, and the problems found on Save, by field.</summary>
public sealed partial class MdrTicketingForm
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    /// <summary>High first: the order the page shows them in.</summary>
    public required IReadOnlyList<MdrRuleForm> Rules { get; init; }

    public bool NotesForUpdates { get; set; }

    public bool CompleteOnClose { get; set; }

    public bool CompleteOnResolve { get; set; }

    public long? CompletedStatus { get; set; }

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
        // no status while tickets are completed: 0, which the validator refuses at the field
        CompletedStatus is { } status ? checked((int)status) : CompleteOnClose || CompleteOnResolve ? 0 : MdrTicketingSettings.DefaultCompletedStatus);

    /// <summary>
    /// Places the problems the service's validator found at their fields (<c>Rules[i].QueueId</c> → the queue of the
    /// i-th rule of <see cref="ToSettings"/>); true when there are none.
    /// </summary>
    public bool Show(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _errors.Clear();
        foreach (var failure in result.Errors)
        {
            var match = RuleProperty().Match(failure.PropertyName);
            var key = match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var index && index < Rules.Count
                ? Key(Rules[index].Priority, Field(match.Groups[2].Value))
                : failure.PropertyName;
            _errors.TryAdd(key, failure.ErrorMessage);
        }

        return _errors.Count == 0;
    }

    /// <summary>The problem of the whole settings (not of one field), when the validator found one.</summary>
    public string? General => _errors.GetValueOrDefault(nameof(MdrTicketingSettings.Rules));

    /// <summary>The problem of one field of a rule (after <see cref="Show"/>); null when none.</summary>
    public string? Error(MdrPriority priority, string field) => _errors.GetValueOrDefault(Key(priority, field));

    public string? Error(string field) => _errors.GetValueOrDefault(field);

    /// <summary>A field changed: its old problem no longer applies.</summary>
    public void Clear(MdrPriority priority, string field) => _errors.Remove(Key(priority, field));

    public void Clear(string field) => _errors.Remove(field);

    private static string Key(MdrPriority priority, string field) => $"{priority}.{field}";

    /// <summary>The page's name of a rule's property.</summary>
    private static string Field(string property) => property switch
    {
        nameof(MdrTicketRule.QueueId) => "Queue",
        nameof(MdrTicketRule.TicketPriority) => "Priority",
        nameof(MdrTicketRule.TicketStatus) => "Status",
        _ => property,
    };

    [GeneratedRegex(@"^Rules\[(\d+)\]\.(\w+)$")]
    private static partial Regex RuleProperty();
}
