namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A simulated entity: its name, what the API allows on it and its fields.</summary>
public sealed record AutotaskEntitySpec(
    string Name,
    bool CanQuery,
    bool CanCreate,
    bool CanUpdate,
    bool HasUserDefinedFields,
    IReadOnlyList<AutotaskFieldSpec> Fields)
{
    public AutotaskFieldSpec? Field(string name) =>
        Fields.FirstOrDefault(field => string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase));
}
