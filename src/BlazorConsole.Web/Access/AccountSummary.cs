namespace BlazorConsole.Web.Access;

/// <summary>One account as the accounts page lists it (never a password or a key).</summary>
public sealed record AccountSummary(
    string Id,
    string UserName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    DateTimeOffset? LockedOutUntil,
    bool TwoStepEnabled,
    bool TwoStepRequired,
    IReadOnlyList<string> ExternalProviders,
    DateTime Created);
