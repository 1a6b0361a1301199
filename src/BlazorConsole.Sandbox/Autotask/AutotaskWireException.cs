namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A refusal the simulator answers with <paramref name="status"/> and <c>{"errors":[message]}</c>.</summary>
internal sealed class AutotaskWireException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static AutotaskWireException Invalid(string message) => new(500, message);
}
