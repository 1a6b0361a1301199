namespace BlazorConsole.Sandbox.Mdr;

/// <summary>A refusal the simulator answers with <paramref name="status"/> and <c>{"error":…,"message":…}</c>.</summary>
internal sealed class MdrWireException(int status, string error, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Error { get; } = error;

    public static MdrWireException BadRequest(string message) => new(400, "bad_request", message);

    public static MdrWireException Forbidden(string message) => new(403, "forbidden", message);

    public static MdrWireException NotFound(string message) => new(404, "not_found", message);
}
