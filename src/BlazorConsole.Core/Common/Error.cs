namespace BlazorConsole.Core.Common;

/// <summary>An expected failure with its stable code (VIRMT_… or KSC_…) and a human message.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    public static Error Validation(string code, string message) => new(code, message, ErrorKind.Validation);

    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Unavailable(string code, string message) => new(code, message, ErrorKind.Unavailable);
}
