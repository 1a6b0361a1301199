namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A picklist choice (the wire value is a string).</summary>
public sealed record AutotaskPick(int Value, string Label, bool IsActive = true, bool IsDefault = false, string ParentValue = "");
