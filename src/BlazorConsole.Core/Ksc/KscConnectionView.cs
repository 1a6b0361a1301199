namespace BlazorConsole.Core.Ksc;

/// <summary>What the settings page shows: the saved settings without the password, and the last observed status.</summary>
/// <param name="Settings">The saved settings; null when none are saved (not configured).</param>
/// <param name="Status">The last connection outcome with those settings; null when not observed yet.</param>
public sealed record KscConnectionView(KscSavedSettings? Settings, KscObservation? Status)
{
    public bool IsConfigured => Settings is not null;

    /// <summary>The form's starting values: the saved settings with a blank password (blank keeps the saved one).</summary>
    public KscConnectionInput ToInput() => Settings is { } saved
        ? new KscConnectionInput
        {
            Address = saved.Address,
            Port = saved.Port,
            UserName = saved.UserName,
            IntegrationServerAddress = saved.IntegrationServerAddress,
        }
        : new KscConnectionInput();
}

/// <summary>The saved connection settings as shown: the password only as "set" or "not set".</summary>
public sealed record KscSavedSettings(
    string Address,
    int Port,
    string UserName,
    bool PasswordSet,
    string? IntegrationServerAddress,
    KscPin? Pin,
    bool Tested,
    string UpdatedBy,
    DateTime Updated)
{
    public static KscSavedSettings From(KscConnection connection) => new(
        connection.Address,
        connection.Port,
        connection.UserName,
        !string.IsNullOrEmpty(connection.ProtectedPassword),
        connection.IntegrationServerAddress,
        connection.PinnedThumbprint is { } thumbprint ? new KscPin(thumbprint, connection.PinnedBy, connection.PinnedAt) : null,
        connection.Tested,
        connection.UpdatedBy,
        connection.Updated);
}

/// <summary>The trusted certificate: its SHA-256 thumbprint, who trusted it and when (UTC).</summary>
public sealed record KscPin(string Thumbprint, string? PinnedBy, DateTime? PinnedAt);
