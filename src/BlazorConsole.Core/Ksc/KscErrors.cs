using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

public static class KscErrors
{
    public const string ServiceNotConfiguredCode = "KSC_ServiceNotConfigured";

    public static Error ServiceNotConfigured() => Error.Unavailable(
        ServiceNotConfiguredCode,
        "Kaspersky Security Center connection settings are not specified.");
}
