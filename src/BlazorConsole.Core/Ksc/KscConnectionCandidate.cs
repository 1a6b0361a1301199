namespace BlazorConsole.Core.Ksc;

/// <summary>Validated, trimmed settings with the password resolved (typed, or the saved one): in memory only.</summary>
internal sealed record KscConnectionCandidate(string Address, int Port, string UserName, string Password, string? IntegrationServerAddress)
{
    public KscEndpoint Endpoint(string? pinnedThumbprint) => new(Address, Port, UserName, Password, pinnedThumbprint);

    /// <summary>True when the candidate reaches the same server as the same account as <paramref name="saved"/>.</summary>
    public bool SameServerAndAccount(KscConnection saved, bool passwordTyped) =>
        !passwordTyped
        && string.Equals(Address, saved.Address, StringComparison.OrdinalIgnoreCase)
        && Port == saved.Port
        && string.Equals(UserName, saved.UserName, StringComparison.Ordinal);

    public override string ToString() => $"{UserName}@{Address}:{Port}";
}
