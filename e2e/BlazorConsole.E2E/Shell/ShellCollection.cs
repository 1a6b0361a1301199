namespace BlazorConsole.E2E.Shell;

/// <summary>The shell flows share their server and browser, and run alone (after the other flows), one after the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ShellCollection : ICollectionFixture<ShellBrowserFixture>
{
    public const string Name = "shell";
}
