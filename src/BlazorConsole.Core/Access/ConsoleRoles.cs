namespace BlazorConsole.Core.Access;

/// <summary>The roles an account or API connection holds.</summary>
public static class ConsoleRoles
{
    public const string Administrator = "Administrator";
    public const string Operator = "Operator";
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Operator, Auditor];
}
