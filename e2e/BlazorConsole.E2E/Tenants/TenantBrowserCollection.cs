using BlazorConsole.E2E.Common;

namespace BlazorConsole.E2E.Tenants;

/// <summary>
/// The tenant lifecycle flows get their own server and browser, so that the tenants they create never meet the
/// flows that expect an empty console (the shared "browser" collection).
/// </summary>
[CollectionDefinition(Name)]
public sealed class TenantBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "tenant-browser";
}
