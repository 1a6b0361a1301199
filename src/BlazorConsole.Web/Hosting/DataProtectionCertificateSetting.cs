namespace BlazorConsole.Web.Hosting;

/// <summary>One entry of <c>DataProtection:PreviousCertificates</c>: a PFX file and its password.</summary>
public sealed class DataProtectionCertificateSetting
{
    /// <summary>A PFX with its private key; relative paths are resolved against the data folder.</summary>
    public string Path { get; set; } = "";

    /// <summary>The PFX password, if it has one. Never logged.</summary>
    public string? Password { get; set; }
}
