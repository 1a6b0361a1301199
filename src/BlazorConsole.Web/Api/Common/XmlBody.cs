using System.Xml;
using System.Xml.Linq;
using BlazorConsole.Core.Common;
using Microsoft.AspNetCore.Http.Features;

namespace BlazorConsole.Web.Api.Common;

/// <summary>
/// Reads XML request bodies safely: no DTD, no external entity, no resolver, and a size limit per method
/// (413 past it). Element names are case-sensitive, as printed in the seed.
/// </summary>
internal static class XmlBody
{
    /// <summary>Limit for tenant and VM calls (decision).</summary>
    public const long DefaultLimit = 1L << 20;

    /// <summary>Limit for protection-period batches (decision).</summary>
    public const long PeriodBatchLimit = 64L << 20;

    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        Async = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>The body as a stream that refuses to read past <paramref name="limit"/> bytes.</summary>
    public static Result<Stream> Open(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // the server's own limit must not cut a batch that our limit allows
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }

        return new LimitedReadStream(request.Body, limit);
    }

    /// <summary>Reads the whole body as one element named <paramref name="rootName"/>.</summary>
    public static async Task<Result<XElement>> ReadElementAsync(HttpRequest request, string rootName, long limit, CancellationToken cancellationToken)
    {
        var opened = Open(request, limit);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        try
        {
            await using var body = opened.Value;
            using var reader = XmlReader.Create(body, ReaderSettings);
            var document = await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken);
            var root = document.Root!;
            return root.Name.LocalName == rootName && root.Name.Namespace == XNamespace.None
                ? root
                : Malformed($"The body must be a <{rootName}> element.");
        }
        catch (PayloadTooLargeException)
        {
            return TooLarge(limit);
        }
        catch (XmlException ex)
        {
            return Malformed($"The body is not well-formed XML, or it holds a DTD or an entity declaration, which are refused (line {ex.LineNumber}, position {ex.LinePosition}).");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
    }

    public static Error TooLarge(long limit) =>
        new(ErrorCodes.RequestBodyTooLarge, $"The request body is larger than {limit / 1024} KiB.", ErrorKind.TooLarge);

    public static Error Malformed(string message) => Error.Validation(ErrorCodes.InvalidRequestBody, message);

    /// <summary>The text of a child element, or null when it is absent.</summary>
    public static string? Child(this XElement element, string name) => element.Element(name)?.Value;
}
