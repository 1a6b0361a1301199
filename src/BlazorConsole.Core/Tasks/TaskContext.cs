using System.Text.Json;

namespace BlazorConsole.Core.Tasks;

/// <summary>What a step sees of its task: the input, a persisted key/value bag for undo, the result, progress.</summary>
public sealed class TaskContext(ConsoleTask task, Func<int, CancellationToken, Task> reportProgressAsync)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, string> _data =
        JsonSerializer.Deserialize<Dictionary<string, string>>(task.Data, Json) ?? [];

    public ConsoleTask Current { get; } = task;

    public T Input<T>() => JsonSerializer.Deserialize<T>(Current.Input, Json)
        ?? throw new InvalidOperationException($"Task {Current.Id} has no input of type {typeof(T).Name}.");

    public static string SerializeInput<T>(T input) => JsonSerializer.Serialize(input, Json);

    /// <summary>Reads a stored input with the same JSON settings (for handlers that rewrite it).</summary>
    public static T? DeserializeInput<T>(string input) => JsonSerializer.Deserialize<T>(input, Json);

    public string? Get(string key) => _data.GetValueOrDefault(key);

    /// <summary>Remembers a value for later steps and for undo; saved with the task after the step.</summary>
    public void Set(string key, string value)
    {
        _data[key] = value;
        Current.Data = JsonSerializer.Serialize(_data, Json);
    }

    public void SetResult(string result) => Current.Result = result;

    /// <summary>Reports progress within the current step, 0 to 100 of that step.</summary>
    public Task ReportProgressAsync(int percentOfStep, CancellationToken cancellationToken) =>
        reportProgressAsync(Math.Clamp(percentOfStep, 0, 100), cancellationToken);
}
