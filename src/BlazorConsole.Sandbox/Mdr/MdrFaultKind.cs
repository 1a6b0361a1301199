namespace BlazorConsole.Sandbox.Mdr;

/// <summary>How an injected failure answers.</summary>
public enum MdrFaultKind
{
    /// <summary>403 <c>{"error":"token_expired"}</c>, as for an access token past its expiry.</summary>
    TokenExpired,

    /// <summary>403 <c>{"error":"invalid_token"}</c>, as for a revoked access token.</summary>
    TokenRevoked,

    /// <summary>401 <c>{"error":"unauthorized"}</c>.</summary>
    Http401,

    /// <summary>429 with a <c>Retry-After</c> header when seconds are given.</summary>
    Http429,

    /// <summary>500 with a plain HTML body.</summary>
    Http500,

    /// <summary>503 with no body.</summary>
    Http503,

    /// <summary>The TCP connection is aborted without an answer.</summary>
    DropConnection,
}
