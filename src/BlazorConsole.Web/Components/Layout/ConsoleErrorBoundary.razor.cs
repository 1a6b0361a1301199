using BlazorConsole.Web.Components.Shared;

namespace BlazorConsole.Web.Components.Layout;

/// <summary>Catches what a page throws, logs it with a correlation id and shows that id, never the exception text.</summary>
public sealed partial class ConsoleErrorBoundary
{
    private string? _correlationId;

    protected override Task OnErrorAsync(Exception exception)
    {
        _correlationId = CorrelationId.Create();
        LogPageFailed(Logger, exception, _correlationId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A console page failed (correlation id {CorrelationId})")]
    private static partial void LogPageFailed(ILogger logger, Exception exception, string correlationId);
}
