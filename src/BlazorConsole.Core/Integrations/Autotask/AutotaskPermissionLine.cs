namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>One right of the permission report: whether the API user has it and, when not fully, what to change in Autotask.</summary>
/// <param name="Right">The right checked.</param>
/// <param name="Description">What the integration does with it, e.g. "Query companies".</param>
/// <param name="Access">The weakest access found among the entities behind the right.</param>
/// <param name="Remedy">What to change in Autotask when the right is missing or conditional; empty when granted.</param>
public sealed record AutotaskPermissionLine(AutotaskRight Right, string Description, AutotaskEntityAccess Access, string Remedy)
{
    /// <summary>True when the right is granted (fully or with conditions).</summary>
    public bool IsGranted => Access != AutotaskEntityAccess.None;
}
