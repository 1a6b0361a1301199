namespace BlazorConsole.Core.Hierarchy;

/// <summary>
/// What the add-secondary wizard collects. Passwords are plain text in memory only: never stored, logged or
/// printed. Certificate files arrive as bytes (at most <see cref="HierarchyDefaults.MaxCertificateFileBytes"/>).
/// </summary>
public sealed class AddSecondaryInput
{
    public AddSecondaryDirection Direction { get; set; } = AddSecondaryDirection.FromPrimary;

    /// <summary>The secondary is in a DMZ: the primary connects to it instead of the other way round.</summary>
    public bool Dmz { get; set; }

    /// <summary>The secondary's address (IPv4 or FQDN); optional from the primary side, required from the secondary side.</summary>
    public string? SecondaryAddress { get; set; }

    /// <summary>The secondary's KSC Open API port.</summary>
    public int? ApiPort { get; set; } = Ksc.KscDefaults.Port;

    /// <summary>The secondary's SSL port (where the primary connects to a secondary in a DMZ).</summary>
    public int? SslPort { get; set; } = HierarchyDefaults.SslPort;

    /// <summary>The name the primary shows (from the primary side).</summary>
    public string? DisplayName { get; set; }

    /// <summary>The primary's administration group the secondary goes in (from the primary side).</summary>
    public long? GroupId { get; set; }

    /// <summary>Account with rights on the secondary.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Six-digit code of the authenticator app, asked only when the account needs it.</summary>
    public string? TwoStepCode { get; set; }

    /// <summary>SHA-256 thumbprint of the secondary's certificate, trusted by the administrator in the Verify certificate window.</summary>
    public string? SecondaryThumbprint { get; set; }

    /// <summary>
    /// An uploaded certificate file: from the primary side the secondary's certificate, from the secondary side the
    /// primary's. Null: fetched from that server.
    /// </summary>
    public byte[]? CertificateFile { get; set; }

    public string? CertificateFileName { get; set; }

    /// <summary>Address by which the secondary reaches the primary.</summary>
    public string? PrimaryAddress { get; set; }

    /// <summary>The primary's SSL port.</summary>
    public int? PrimaryPort { get; set; } = HierarchyDefaults.SslPort;

    public bool UseProxy { get; set; }

    /// <summary><c>host:port</c> of the proxy the secondary goes through.</summary>
    public string? ProxyAddress { get; set; }

    public string? ProxyUserName { get; set; }

    public string? ProxyPassword { get; set; }

    /// <summary>True when the console connects to the secondary (its address is given).</summary>
    public bool ConnectsToSecondary => !string.IsNullOrWhiteSpace(SecondaryAddress);

    /// <summary>A copy (so a form can keep editing while an action runs).</summary>
    public AddSecondaryInput Copy() => (AddSecondaryInput)MemberwiseClone();
}
