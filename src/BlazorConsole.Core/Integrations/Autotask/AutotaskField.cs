namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>One field of an entity as <c>entityInformation/fields</c> describes it.</summary>
public sealed record AutotaskField(
    string Name,
    string DataType,
    bool IsRequired,
    bool IsReadOnly,
    bool IsQueryable,
    bool IsPickList,
    IReadOnlyList<AutotaskPicklistValue> PicklistValues);
