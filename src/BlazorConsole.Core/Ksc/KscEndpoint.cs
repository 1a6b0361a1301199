namespace BlazorConsole.Core.Ksc;

/// <summary>
/// Where and as whom to reach a KSC Administration Server. The password is plain text in memory only: it is
/// never stored, logged or printed (<see cref="ToString"/> leaves it out).
/// </summary>
/// <param name="Address">IPv4 address or FQDN of the Administration Server.</param>
/// <param name="Port">Port of the KSC Open API (13299 by default).</param>
/// <param name="UserName">Internal KSC account the Integration Server signs in with.</param>
/// <param name="Password">That account's password.</param>
/// <param name="PinnedThumbprint">SHA-256 thumbprint of the trusted server certificate; null when none is trusted yet.</param>
public sealed record KscEndpoint(string Address, int Port, string UserName, string Password, string? PinnedThumbprint)
{
    /// <summary>The API root, e.g. <c>https://ksc.example.com:13299/</c>.</summary>
    public Uri BaseAddress => new UriBuilder(Uri.UriSchemeHttps, Address, Port).Uri;

    public override string ToString() => $"{UserName}@{Address}:{Port}";
}
