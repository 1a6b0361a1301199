namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Where a saved integration stands.</summary>
public enum AutotaskIntegrationStatus
{
    /// <summary>Saved on purpose before validation passed: nothing is sent to Autotask for it.</summary>
    Draft,

    /// <summary>Zone found, credentials accepted and every right granted.</summary>
    Validated,
}
