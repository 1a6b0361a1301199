namespace BlazorConsole.Core.Ksc;

/// <summary>
/// The saved connection to the main KSC Administration Server: one row at most. The password is stored only
/// encrypted (<see cref="ProtectedPassword"/>, Data Protection); the pin records which certificate an
/// administrator trusted, and who did it when.
/// </summary>
public sealed class KscConnection
{
    /// <summary>The key of the single row.</summary>
    public const int SingletonId = 1;

    /// <summary>Longest FQDN (RFC 1035).</summary>
    public const int AddressMaxLength = 253;

    public const int UserNameMaxLength = 256;

    public const int PasswordMaxLength = 256;

    /// <summary>Longest actor name (console user names).</summary>
    public const int ActorMaxLength = 256;

    /// <summary>SHA-256 thumbprint: 64 upper-case hex digits.</summary>
    public const int ThumbprintLength = 64;

    public int Id { get; set; } = SingletonId;

    /// <summary>IPv4 address or FQDN of the Administration Server.</summary>
    public required string Address { get; set; }

    /// <summary>Port of the KSC Open API.</summary>
    public int Port { get; set; } = KscDefaults.Port;

    /// <summary>Internal KSC account the console signs in with.</summary>
    public required string UserName { get; set; }

    /// <summary>The account's password, encrypted with <see cref="Common.ISecretProtector"/>; never the clear text.</summary>
    public required string ProtectedPassword { get; set; }

    /// <summary>IPv4 address or FQDN by which the SVMs reach the Integration Server; null when not set.</summary>
    public string? IntegrationServerAddress { get; set; }

    /// <summary>SHA-256 thumbprint of the trusted server certificate; null while none is trusted.</summary>
    public string? PinnedThumbprint { get; set; }

    /// <summary>The administrator who trusted <see cref="PinnedThumbprint"/>.</summary>
    public string? PinnedBy { get; set; }

    /// <summary>When <see cref="PinnedThumbprint"/> was trusted, UTC.</summary>
    public DateTime? PinnedAt { get; set; }

    /// <summary>False when an administrator saved the settings without a successful connection.</summary>
    public bool Tested { get; set; }

    /// <summary>The administrator who saved the settings last.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When the settings were saved last, UTC.</summary>
    public DateTime Updated { get; set; }
}
