using System.Globalization;
using BlazorConsole.Core.Ksc;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Ksc;

/// <summary>How the KSC pages name a connection outcome and format times.</summary>
public static class KscText
{
    /// <summary>A two-column list of facts (term, value).</summary>
    public const string FactsStyle = "display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0;";

    /// <summary>Thumbprints in a fixed-width font, so groups line up when compared.</summary>
    public const string ThumbprintStyle = "font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace; margin: 0; word-break: break-word;";

    public static string Title(KscProbeStatus status) => status switch
    {
        KscProbeStatus.Connected => "Connected",
        KscProbeStatus.CertificateUntrusted => "Certificate not trusted",
        KscProbeStatus.CertificateChanged => "Certificate changed",
        KscProbeStatus.CredentialsRejected => "Credentials rejected",
        KscProbeStatus.Unreachable => "Unreachable",
        _ => "Connection failed",
    };

    public static Severity Severity(KscProbeStatus status) => status switch
    {
        KscProbeStatus.Connected => MudBlazor.Severity.Success,
        KscProbeStatus.CertificateUntrusted => MudBlazor.Severity.Warning,
        _ => MudBlazor.Severity.Error,
    };

    /// <summary>The outcome in one sentence: its title and the reason the connector gave.</summary>
    public static string Describe(KscProbe probe) => $"{Title(probe.Status)}: {probe.Reason}";

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => Time(time.UtcDateTime);
}
