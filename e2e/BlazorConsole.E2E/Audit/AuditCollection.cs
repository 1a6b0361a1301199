namespace BlazorConsole.E2E.Audit;

/// <summary>The audit flows share their server and browser.</summary>
[CollectionDefinition(Name)]
public sealed class AuditCollection : ICollectionFixture<AuditBrowserFixture>
{
    public const string Name = "audit";
}
