namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// The outcome of saving an integration: the report of the validation (null for a draft saved without one) and the
/// integration when it was saved. When rights are missing, nothing is saved and <see cref="Saved"/> is null.
/// </summary>
public sealed record AutotaskValidationOutcome(AutotaskPermissionReport? Report, AutotaskIntegrationView? Saved);
