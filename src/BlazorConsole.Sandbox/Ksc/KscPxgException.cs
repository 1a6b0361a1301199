namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A failure a simulated method answers as a PxgError (HTTP 200 with a <c>PxgError</c> object).</summary>
internal sealed class KscPxgException(int code, string module, string message) : Exception(message)
{
    public int Code { get; } = code;

    public string Module { get; } = module;

    public static KscPxgException NotFound(string what) =>
        new(KscPxgErrors.ObjectNotFound, KscPxgErrors.StandardModule, $"{what} not found");

    public static KscPxgException BadArgument(string message) =>
        new(KscPxgErrors.BadArgument, KscPxgErrors.StandardModule, message);

    public static KscPxgException AccessDenied(string message) =>
        new(KscPxgErrors.AccessDenied, KscPxgErrors.StandardModule, message);

    public static KscPxgException AlreadyExists(string message) =>
        new(KscPxgErrors.AlreadyExists, KscPxgErrors.StandardModule, message);
}
