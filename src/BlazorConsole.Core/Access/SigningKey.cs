namespace BlazorConsole.Core.Access;

/// <summary>
/// A key that signs access tokens. The newest signs; older ones are still accepted until <see cref="AcceptedUntil"/>,
/// when the tokens they signed have expired. <see cref="ProtectedKey"/> is the key encrypted with the secret protector.
/// </summary>
public sealed class SigningKey
{
    public string Id { get; set; } = string.Empty;

    public string ProtectedKey { get; set; } = string.Empty;

    public DateTime Created { get; set; }

    public DateTime AcceptedUntil { get; set; }
}
