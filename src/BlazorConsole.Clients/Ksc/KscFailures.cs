using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BlazorConsole.Clients.Common;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;
using Polly.Timeout;

namespace BlazorConsole.Clients.Ksc;

/// <summary>Turns transport failures into the product's KSC errors with a reason a person can act on.</summary>
internal static class KscFailures
{
    /// <summary>The error for a failed send; null when the failure is not a network or TLS one (a bug: let it throw).</summary>
    public static Error? FromException(Exception exception, CertificateCheck check, KscClientOptions options)
    {
        if (KscTransport.IsCertificateFailure(exception))
        {
            return check.Status switch
            {
                CertificateCheckStatus.NotPinned when check.PresentedThumbprint is { } presented => KscErrors.CertificateUntrusted(presented),
                CertificateCheckStatus.Changed when check.PresentedThumbprint is { } presented && check.PinnedThumbprint is { } pinned =>
                    KscErrors.CertificateChanged(presented, pinned),
                CertificateCheckStatus.NoCertificate => KscErrors.Unreachable("the server presented no TLS certificate"),
                _ => KscErrors.Unreachable("the TLS handshake failed"),
            };
        }

        return exception switch
        {
            TimeoutRejectedException => KscErrors.Unreachable($"no answer within {Seconds(options.RequestTimeout)}"),
            OperationCanceledException { InnerException: TimeoutException } =>
                KscErrors.Unreachable($"no connection within {Seconds(options.ConnectTimeout)}"),
            OperationCanceledException => KscErrors.Unreachable($"no answer within {Seconds(options.TotalRequestTimeout)}"),
            HttpRequestException failure => KscErrors.Unreachable(Reason(failure, options)),
            IOException => KscErrors.Unreachable("the connection was closed before KSC answered"),
            _ => null,
        };
    }

    private static string Reason(HttpRequestException failure, KscClientOptions options)
    {
        var socket = FindSocketError(failure);
        return (failure.HttpRequestError, socket) switch
        {
            (HttpRequestError.NameResolutionError, _) or (_, SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain) => "name not resolved",
            (_, SocketError.ConnectionRefused) => "connection refused",
            (_, SocketError.TimedOut) => $"no connection within {Seconds(options.ConnectTimeout)}",
            (_, SocketError.HostUnreachable or SocketError.NetworkUnreachable) => "no route to the server",
            (_, SocketError.ConnectionReset or SocketError.ConnectionAborted) => "the connection was reset",
            (HttpRequestError.ResponseEnded, _) => "the connection was closed before KSC answered",
            (HttpRequestError.SecureConnectionError, _) => "the TLS handshake failed",
            _ => "the connection failed",
        };
    }

    private static SocketError? FindSocketError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static string Seconds(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.###} s");

    /// <summary>The reason text of an HTTP status that is not a KSC answer.</summary>
    public static string Status(HttpStatusCode status) =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {status}");
}
