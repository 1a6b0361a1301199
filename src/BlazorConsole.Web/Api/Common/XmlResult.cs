using System.Text;
using System.Xml;

namespace BlazorConsole.Web.Api.Common;

/// <summary>An XML response written straight to the body (lists stream row by row, nothing is buffered whole).</summary>
internal sealed class XmlResult(int statusCode, Func<XmlWriter, CancellationToken, Task> write) : IResult
{
    public const string ContentType = "application/xml; charset=utf-8";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(false),
        OmitXmlDeclaration = false,
        CloseOutput = false,
    };

    /// <summary>Settings of the synchronous writer that fills a buffer (see <see cref="Element"/>).</summary>
    public static readonly XmlWriterSettings BufferSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        OmitXmlDeclaration = false,
        CloseOutput = false,
    };

    /// <summary>
    /// One small element (a single tenant, VM, task): written synchronously into memory, then sent in one write
    /// with a Content-Length (no async writer state machines, no chunked framing, no separate flush).
    /// </summary>
    public static IResult Element(int statusCode, Action<XmlWriter> write) => new BufferedXml(statusCode, write);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        var cancellationToken = httpContext.RequestAborted;
        await using var writer = XmlWriter.Create(httpContext.Response.Body, Settings);
        await writer.WriteStartDocumentAsync();
        await write(writer, cancellationToken);
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}

/// <summary>The buffered form behind <see cref="XmlResult.Element"/>.</summary>
internal sealed class BufferedXml(int statusCode, Action<XmlWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new MemoryStream(1024);
        using (var writer = XmlWriter.Create(buffer, XmlResult.BufferSettings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = XmlResult.ContentType;
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
    }
}
