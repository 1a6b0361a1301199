namespace BlazorConsole.Core.Ksc;

/// <summary>
/// The connection settings as an administrator enters them (the settings form binds to it). A blank
/// <see cref="Password"/> keeps the saved password; <see cref="KscConnectionInputValidator"/> checks everything.
/// </summary>
public sealed class KscConnectionInput
{
    /// <summary>IPv4 address or FQDN of the Administration Server.</summary>
    public string? Address { get; set; }

    /// <summary>Port of the KSC Open API; 13299 unless KSC was set up otherwise.</summary>
    public int? Port { get; set; } = KscDefaults.Port;

    public string? UserName { get; set; }

    /// <summary>The password; blank keeps the saved one. Never filled from the store.</summary>
    public string? Password { get; set; }

    /// <summary>IPv4 address or FQDN by which the SVMs reach the Integration Server (optional).</summary>
    public string? IntegrationServerAddress { get; set; }

    /// <summary>A copy, so a caller can hand the form's values over while the form keeps editing its own.</summary>
    public KscConnectionInput Copy() => (KscConnectionInput)MemberwiseClone();
}
