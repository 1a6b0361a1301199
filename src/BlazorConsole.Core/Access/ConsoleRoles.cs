namespace BlazorConsole.Core.Access;

/// <summary>The three roles of the console, from least to most: Auditor reads, Operator also changes, Administrator also manages access.</summary>
public static class ConsoleRoles
{
    public const string Administrator = "Administrator";
    public const string Operator = "Operator";
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Operator, Auditor];
}
