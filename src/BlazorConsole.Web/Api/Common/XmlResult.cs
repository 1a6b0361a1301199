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
