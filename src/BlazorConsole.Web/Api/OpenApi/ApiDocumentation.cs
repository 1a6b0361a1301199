using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.OpenApi;

/// <summary>
/// Describes REST methods for the OpenAPI document with the same few calls everywhere. Every feature
/// (tenants, VMs, tasks, protection, reports) may use these; the transformers are generic over the metadata.
/// </summary>
internal static class ApiDocumentation
{
    public const string XmlMediaType = "application/xml";

    /// <summary>A return code: <c>Produces</c> for ApiExplorer plus its description, VIRMT code and XML example.</summary>
    public static RouteHandlerBuilder Returns(this RouteHandlerBuilder builder, int statusCode, string description, string? errorCode = null, string? example = null)
    {
        var body = example ?? (errorCode is null ? null : ApiExamples.Error(errorCode));
        builder.Produces(statusCode, contentType: body is null ? null : XmlMediaType);
        return builder.WithMetadata(new ApiResponseDoc(statusCode, description, errorCode, body));
    }

    /// <summary>A return code whose body is not XML (the CSV of a report): its media type and an example.</summary>
    public static RouteHandlerBuilder ReturnsContent(this RouteHandlerBuilder builder, int statusCode, string description, string mediaType, string example)
    {
        builder.Produces(statusCode, contentType: mediaType);
        return builder.WithMetadata(new ApiResponseDoc(statusCode, description, Example: example, MediaType: mediaType));
    }

    /// <summary>A request header the method reads, shown as a header parameter.</summary>
    public static RouteHandlerBuilder ReadsHeader(this RouteHandlerBuilder builder, string name, string description, string? example = null) =>
        builder.WithMetadata(new ApiHeaderDoc(name, description, example));

    /// <summary>A failure return code whose body is the error XML with <paramref name="errorCode"/>.</summary>
    public static RouteHandlerBuilder Fails(this RouteHandlerBuilder builder, int statusCode, string errorCode, string description) =>
        builder.Returns(statusCode, description, errorCode);

    /// <summary>The XML body the method reads, and the two failures every body can cause (400 malformed, 413 too large).</summary>
    public static RouteHandlerBuilder AcceptsXml(this RouteHandlerBuilder builder, string rootElement, string description, string example, long limit = XmlBody.DefaultLimit) =>
        builder.WithMetadata(new ApiRequestDoc(rootElement, description, example))
            .Fails(StatusCodes.Status400BadRequest, Core.Common.ErrorCodes.InvalidRequestBody, $"The body is not well-formed XML, holds a DTD or entity, or its root is not <{rootElement}>.")
            .Fails(StatusCodes.Status413PayloadTooLarge, Core.Common.ErrorCodes.RequestBodyTooLarge, $"The body is larger than {limit / 1024} KiB.");

    public static RouteHandlerBuilder Describes(this RouteHandlerBuilder builder, string parameter, string description) =>
        builder.WithMetadata(new ApiParameterDoc(parameter, description));
}
