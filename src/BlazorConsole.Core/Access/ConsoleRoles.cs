namespace BlazorConsole.Core.Access;

/// <summary>The console's roles.</summary>
public static class ConsoleRoles
{
    public const string Administrator = "Administrator";
    public const string Operator = "Operator";
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Operator, Auditor];
}
