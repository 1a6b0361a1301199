using BlazorConsole.E2E.Common;

namespace BlazorConsole.E2E.Ksc;

/// <summary>
/// The KSC flows get their own server (with the Development sandbox's KSC simulator) and browser: they connect
/// the console to KSC, which the tenant flows that expect no KSC connection must never see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KscBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "ksc-browser";
}
