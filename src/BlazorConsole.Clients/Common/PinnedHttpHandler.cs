using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace BlazorConsole.Clients.Common;

/// <summary>Creates the HTTP handler of a client that talks to a server with a pinned certificate.</summary>
public static class PinnedHttpHandler
{
    /// <summary>Connect timeout when the caller gives none.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A <see cref="SocketsHttpHandler"/> whose TLS certificate check is <paramref name="validator"/> alone.
    /// Revocation is not checked (a pinned certificate is trusted by its thumbprint, and a self-signed one has no
    /// revocation list), and TLS sessions are not resumed, so every new connection shows the validator the
    /// certificate the server presents now. Create a new handler when the pin changes.
    /// </summary>
    /// <param name="validator">Decides which certificate is accepted; read its <see cref="PinnedCertificateValidator.LastCheck"/> after a failure.</param>
    /// <param name="connectTimeout">Time allowed to open the TCP connection and finish the TLS handshake.</param>
    public static SocketsHttpHandler Create(PinnedCertificateValidator validator, TimeSpan? connectTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var timeout = connectTimeout ?? DefaultConnectTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(connectTimeout));

        return new SocketsHttpHandler
        {
            ConnectTimeout = timeout,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = validator.Validate,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                AllowTlsResume = false,
            },
        };
    }
}
