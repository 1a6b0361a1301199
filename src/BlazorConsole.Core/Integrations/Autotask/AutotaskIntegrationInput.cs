namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// What the wizard and the credentials form send. Empty <see cref="Secret"/> or <see cref="IntegrationCode"/> keeps the
/// saved value of an existing integration (the browser never receives it).
/// </summary>
public sealed class AutotaskIntegrationInput
{
    public string? Name { get; set; } = AutotaskIntegration.DefaultName;

    public string? UserName { get; set; }

    public string? Secret { get; set; }

    public string? IntegrationCode { get; set; }

    public int? ManagedAccountsLimit { get; set; } = AutotaskIntegration.DefaultManagedAccountsLimit;

    public AutotaskIntegrationInput Copy() => (AutotaskIntegrationInput)MemberwiseClone();

    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"{Name} ({UserName}, secret hidden)";
}
