using FluentValidation.Results;

namespace BlazorConsole.Web.Components.Shared.Tenants;

/// <summary>
/// The adapter between a FluentValidation result (the same validators as the REST API) and MudBlazor fields:
/// the first message per property, for <c>Error</c>/<c>ErrorText</c>.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public bool Any => _messages.Count > 0;

    public bool Has(string property) => _messages.ContainsKey(property);

    public string? For(string property) => _messages.GetValueOrDefault(property);

    public void Clear() => _messages.Clear();

    /// <summary>Replaces the messages with those of <paramref name="result"/>; true when it is valid.</summary>
    public bool Apply(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _messages.Clear();
        foreach (var failure in result.Errors)
        {
            _messages.TryAdd(failure.PropertyName, failure.ErrorMessage);
        }

        return result.IsValid;
    }

    /// <summary>Sets one property's message (an error the service returned after validation passed, such as a duplicate).</summary>
    public void Set(string property, string message) => _messages[property] = message;
}
