namespace BlazorConsole.Core.Ksc;

/// <summary>
/// Where the KSC connection form points when no connection is saved yet: set by the Development sandbox to
/// its KSC simulator, empty otherwise (the form then starts blank with the default port).
/// </summary>
public sealed class KscConnectionSuggestion
{
    private volatile Suggested? _value;

    public Suggested? Value => _value;

    public void Suggest(string address, int port, string userName) => _value = new Suggested(address, port, userName);

    /// <summary>An address, port and account to start from; the administrator still types the password.</summary>
    public sealed record Suggested(string Address, int Port, string UserName);
}
