namespace BlazorConsole.Core.Common;

/// <summary>How an expected failure is reported: the REST API maps each kind to one status code.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unavailable,

    /// <summary>The request body is above the method's size limit.</summary>
    TooLarge,

    /// <summary>The representation asked for (the Accept header) is not offered.</summary>
    NotAcceptable,
}
