namespace BlazorConsole.Web.Components.Pages.Reference;

internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "The API reference could not be built (correlation {CorrelationId}).")]
    public static partial void ReadFailed(ILogger logger, string correlationId, Exception exception);
}
