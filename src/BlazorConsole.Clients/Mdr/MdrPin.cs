namespace BlazorConsole.Clients.Mdr;

/// <summary>The one authority (<c>host:port</c>) whose certificate is pinned; every other address is validated normally.</summary>
internal sealed class MdrPin(string host, int port)
{
    public string Host { get; } = host;

    public int Port { get; } = port;

    /// <summary>True when <paramref name="address"/> goes to the pinned host and port.</summary>
    public bool Covers(Uri address) =>
        string.Equals(address.IdnHost, Host, StringComparison.OrdinalIgnoreCase) && address.Port == Port;

    /// <summary>Reads <c>host:port</c> (IPv6 in brackets); null when it is not one.</summary>
    public static MdrPin? ParseAuthority(string? authority)
    {
        if (string.IsNullOrWhiteSpace(authority) || authority.Contains('/', StringComparison.Ordinal) || authority.Contains('@', StringComparison.Ordinal)
            || !Uri.TryCreate("https://" + authority.Trim(), UriKind.Absolute, out var uri) || (uri.IsDefaultPort && !authority.Trim().EndsWith(":443", StringComparison.Ordinal)))
        {
            return null;
        }

        return uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) ? new MdrPin(uri.IdnHost, uri.Port) : null;
    }
}
