using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Testing.Ksc;

/// <summary>
/// A KSC server in memory, seen through the connector port: it presents <see cref="Certificate"/>, accepts
/// <see cref="UserName"/>/<see cref="Password"/> and answers like the real client would (untrusted without a pin,
/// changed with another pin, credentials rejected, unreachable). Every endpoint it was asked for is kept.
/// </summary>
public sealed class FakeKscConnector : IKscConnector
{
    public static readonly KscCertificate First = MakeCertificate("ksc.example.com", 'A');
    public static readonly KscCertificate Second = MakeCertificate("ksc.example.com", 'B');

    public KscCertificate Certificate { get; set; } = First;

    public string UserName { get; set; } = "integration";

    public string Password { get; set; } = "Ksc-Passw0rd!";

    public bool Reachable { get; set; } = true;

    /// <summary>Runs before each answer, e.g. to rotate the certificate between two calls.</summary>
    public Action? BeforeAnswer { get; set; }

    public List<KscEndpoint> Probed { get; } = [];

    public List<KscEndpoint> Opened { get; } = [];

    public static KscCertificate MakeCertificate(string name, char digit) => new(
        $"CN={name}",
        $"CN={name}",
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new string(digit, 64),
        [name, "192.0.2.10"]);

    public Task<KscProbe> ProbeAsync(KscEndpoint endpoint, CancellationToken cancellationToken)
    {
        Probed.Add(endpoint);
        BeforeAnswer?.Invoke();
        return Task.FromResult(Answer(endpoint));
    }

    public Task<Result<IKscSession>> OpenAsync(KscEndpoint endpoint, CancellationToken cancellationToken)
    {
        Opened.Add(endpoint);
        BeforeAnswer?.Invoke();
        var probe = Answer(endpoint);
        Result<IKscSession> result = probe.Status switch
        {
            KscProbeStatus.Connected => new UnusedSession(),
            KscProbeStatus.CertificateUntrusted => KscErrors.CertificateUntrusted(Certificate.Sha256Thumbprint),
            KscProbeStatus.CertificateChanged => KscErrors.CertificateChanged(Certificate.Sha256Thumbprint, endpoint.PinnedThumbprint!),
            KscProbeStatus.CredentialsRejected => KscErrors.CredentialsRejected(),
            _ => KscErrors.Unreachable(probe.Reason),
        };
        return Task.FromResult(result);
    }

    private KscProbe Answer(KscEndpoint endpoint)
    {
        if (!Reachable)
        {
            return new KscProbe(KscProbeStatus.Unreachable, "no answer within 10 s", PinnedThumbprint: endpoint.PinnedThumbprint);
        }

        if (endpoint.PinnedThumbprint is null)
        {
            return new KscProbe(KscProbeStatus.CertificateUntrusted, "The certificate is not trusted yet.", Certificate);
        }

        if (endpoint.PinnedThumbprint != Certificate.Sha256Thumbprint)
        {
            return new KscProbe(KscProbeStatus.CertificateChanged, "The certificate differs from the trusted one.", Certificate, endpoint.PinnedThumbprint);
        }

        return endpoint.UserName == UserName && endpoint.Password == Password
            ? new KscProbe(KscProbeStatus.Connected, "Signed in.", Certificate, endpoint.PinnedThumbprint)
            : new KscProbe(KscProbeStatus.CredentialsRejected, "The account name or password was rejected.", Certificate, endpoint.PinnedThumbprint);
    }

    /// <summary>A signed-in session; these tests only check that it is handed out.</summary>
    private sealed class UnusedSession : IKscSession
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public Task<Result<long>> GetManagedDevicesGroupIdAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<KscGroup>> FindGroupAsync(long parentId, string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<IReadOnlyList<KscGroup>>> GetSubgroupsAsync(long parentId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<long>> AddGroupAsync(long parentId, string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> RemoveGroupAsync(long groupId, bool withContents, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<IReadOnlyList<KscVirtualServer>>> GetVirtualServersAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<KscVirtualServer>> AddVirtualServerAsync(long parentGroupId, string displayName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> SetVirtualServerEnabledAsync(long virtualServerId, bool enabled, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> RemoveVirtualServerAsync(long virtualServerId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<IReadOnlyList<KscUser>>> GetUsersAsync(KscVirtualServer server, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<long>> AddUserAsync(KscVirtualServer server, string userName, string password, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> GrantAdministratorRightsAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result> DeleteUserAsync(KscVirtualServer server, long userId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
