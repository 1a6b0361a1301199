using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Api.Tasks;

namespace BlazorConsole.Web.Api.Common;

/// <summary>The one place that turns Core outcomes into status codes and XML bodies.</summary>
internal static class ApiResults
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.NotAcceptable => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary><c>&lt;error&gt;&lt;code&gt;VIRMT_…&lt;/code&gt;&lt;message&gt;…&lt;/message&gt;&lt;/error&gt;</c> with the kind's status.</summary>
    public static IResult Problem(Error error) => Problem(error, StatusOf(error.Kind));

    /// <summary>The error body with a status no <see cref="ErrorKind"/> stands for (405 for a child task's cancel).</summary>
    public static IResult Problem(Error error, int statusCode) => new XmlResult(statusCode, async (xml, _) =>
    {
        await xml.WriteStartElementAsync(null, "error", null);
        await xml.WriteElementStringAsync(null, "code", null, error.Code);
        await xml.WriteElementStringAsync(null, "message", null, error.Message);
        await xml.WriteEndElementAsync();
    });

    /// <summary>202 with the task's XML and <c>Location: …/tasks/{id}</c>.</summary>
    public static IResult Accepted(HttpContext context, ConsoleTask task)
    {
        context.Response.Headers.Location = $"{ApiRoutes.Prefix}/tasks/{task.Id}";
        return new XmlResult(StatusCodes.Status202Accepted, (xml, _) => TaskXml.WriteAsync(xml, task));
    }

    public static IResult Ok(Func<System.Xml.XmlWriter, CancellationToken, Task> write) => new XmlResult(StatusCodes.Status200OK, write);
}
