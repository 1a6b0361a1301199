namespace BlazorConsole.Core.Common;

/// <summary>How an expected failure is reported: the REST API maps each kind to one status code.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unavailable,
}
