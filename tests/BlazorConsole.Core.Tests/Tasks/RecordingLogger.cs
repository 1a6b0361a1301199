using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BlazorConsole.Core.Tests.Tasks;

/// <summary>Keeps every formatted log line with its exception, to check what reaches the log.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
}
