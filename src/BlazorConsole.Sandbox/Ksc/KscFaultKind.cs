namespace BlazorConsole.Sandbox.Ksc;

/// <summary>How the simulator fails a call chosen by <see cref="KscFaults.FailCall"/>.</summary>
public enum KscFaultKind
{
    /// <summary>HTTP 200 with a PxgError (code <see cref="KscPxgErrors.Generic"/>, message "Injected failure").</summary>
    PxgError,

    /// <summary>HTTP 500 with an empty body.</summary>
    Http500,

    /// <summary>The TCP connection is aborted without an answer.</summary>
    DropConnection,
}
