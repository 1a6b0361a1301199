namespace BlazorConsole.Sandbox.Autotask;

/// <summary>One field of a simulated entity: its wire type, flags and picklist.</summary>
/// <param name="DataType"><c>long</c>, <c>integer</c>, <c>string</c>, <c>boolean</c>, <c>datetime</c> or <c>decimal</c>.</param>
public sealed record AutotaskFieldSpec(
    string Name,
    string DataType,
    bool IsRequired = false,
    bool IsReadOnly = false,
    IReadOnlyList<AutotaskPick>? Picklist = null,
    string ReferenceEntity = "")
{
    public bool IsPickList => Picklist is not null;
}
