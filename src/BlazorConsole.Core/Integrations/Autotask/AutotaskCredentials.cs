namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// The API-only user an integration signs in with and the integration's API tracking identifier. The secret is plain
/// text in memory only: never stored unencrypted, logged or printed (<see cref="ToString"/> leaves it out).
/// </summary>
/// <param name="UserName">The API user's user name, normally an e-mail address; also selects the zone.</param>
/// <param name="Secret">That user's secret (password).</param>
/// <param name="IntegrationCode">The API tracking identifier sent as <c>ApiIntegrationCode</c>.</param>
public sealed record AutotaskCredentials(string UserName, string Secret, string IntegrationCode)
{
    /// <summary>Longest user name, secret or integration code accepted.</summary>
    public const int MaxLength = 256;

    public override string ToString() => $"{UserName} (secret hidden)";
}
