namespace BlazorConsole.E2E.Common;

/// <summary>Every flow shares the server and the browser; flows run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
