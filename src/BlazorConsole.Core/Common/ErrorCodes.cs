namespace BlazorConsole.Core.Common;

/// <summary>
/// Codes that are not tied to one feature. Codes named by the seed are kept verbatim; the rest are
/// this product's decisions, documented in docs/api/README.md.
/// </summary>
public static class ErrorCodes
{
    public const string MandatoryParameterIsNotSpecified = "VIRMT_MandatoryParameterIsNotSpecified";

    /// <summary>A parameter is present but malformed or out of range (decision).</summary>
    public const string InvalidParameterValue = "VIRMT_InvalidParameterValue";

    /// <summary>The body is not well-formed XML, holds a DTD or the wrong root element (decision).</summary>
    public const string InvalidRequestBody = "VIRMT_InvalidRequestBody";

    /// <summary>The body is above the size limit of the method (decision).</summary>
    public const string RequestBodyTooLarge = "VIRMT_RequestBodyTooLarge";
}
