namespace BlazorConsole.Core.Audit;

/// <summary>The ways a change reaches the console.</summary>
public static class AuditChannels
{
    public const string Ui = "ui";
    public const string Api = "api";
    public const string System = "system";

    public static IReadOnlyList<string> All { get; } = [Ui, Api, System];
}
