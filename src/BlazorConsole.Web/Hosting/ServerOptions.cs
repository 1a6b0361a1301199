using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// The <c>Server</c> section: where Kestrel listens over HTTPS and with which certificate.
/// Without a configured certificate a self-signed one is generated in the data folder.
/// </summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";

    public const int DefaultHttpsPort = 7271;

    /// <summary>The HTTPS port; 0 leaves Kestrel alone (tests and hosts that bind themselves).</summary>
    [Range(0, 65535)]
    public int HttpsPort { get; set; } = DefaultHttpsPort;

    /// <summary>An IP address, "localhost", or "0.0.0.0" / "*" / "any" for every interface.</summary>
    [Required]
    public string ListenAddress { get; set; } = "0.0.0.0";

    /// <summary>A PFX file to serve; relative paths are resolved against the data folder.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX password, if it has one. Never logged.</summary>
    public string? CertificatePassword { get; set; }
}
