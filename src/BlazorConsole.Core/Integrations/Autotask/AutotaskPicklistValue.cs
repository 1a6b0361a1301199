namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// One choice of a picklist field. <see cref="Value"/> is the wire string (the entity field holds it as a number);
/// offer only <see cref="IsActive"/> values, but still show inactive ones found on old records.
/// </summary>
/// <param name="ParentValue">The value of the parent field this choice belongs to (sub-issue types), or empty.</param>
public sealed record AutotaskPicklistValue(string Value, string Label, bool IsActive, bool IsDefault, int SortOrder, string ParentValue)
{
    /// <summary>The value as a number, when it is one.</summary>
    public long? NumericValue => long.TryParse(Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
}
