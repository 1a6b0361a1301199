namespace BlazorConsole.Sandbox.Autotask;

/// <summary>How an injected failure answers.</summary>
public enum AutotaskFaultKind
{
    /// <summary>429 with a <c>Retry-After</c> header (when seconds are given) and an <c>errors</c> body.</summary>
    Http429,

    /// <summary>500 with a plain HTML body (an unexpected server error, no <c>errors</c> list).</summary>
    Http500,

    /// <summary>503 with no body.</summary>
    Http503,

    /// <summary>401 as for a wrong secret.</summary>
    Http401,

    /// <summary>500 with the thread-limit error (<c>Itgenatr005</c>).</summary>
    ThreadLimit,

    /// <summary>The TCP connection is aborted without an answer.</summary>
    DropConnection,
}
