using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Web.Tests.Components.Hierarchy;

/// <summary>A primary (and a future secondary) held in memory: secondaries, groups, an optional gate and failures.</summary>
public sealed class FakeHierarchyConnector : IKscHierarchyConnector
{
    public List<SecondaryServer> Secondaries { get; } = [];

    public List<KscGroup> Groups { get; } = [new KscGroup(0, "Managed devices", -1), new KscGroup(5, "Branches", 0)];

    /// <summary>When set, opening waits for it (the page shows loading meanwhile).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>The error every open returns while set.</summary>
    public Error? FailWith { get; set; }

    /// <summary>A code the secondary's account needs (null: none).</summary>
    public string? RequiredCode { get; set; }

    public List<SecondaryRegistration> Registered { get; } = [];

    public List<long> Removed { get; } = [];

    public Task<Result<KscCertificate>> FetchCertificateAsync(string address, int port, CancellationToken cancellationToken) =>
        Task.FromResult<Result<KscCertificate>>(new KscCertificate("CN=ksc2", "CN=ksc2", DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, new string('A', 64), []));

    public async Task<Result<IKscHierarchySession>> OpenAsync(KscEndpoint endpoint, string? twoStepCode, CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        if (FailWith is { } error)
        {
            return error;
        }

        if (endpoint.UserName == "secondary-admin" && RequiredCode is { } code)
        {
            if (twoStepCode is null)
            {
                return HierarchyErrors.TwoStepCodeRequired();
            }

            if (twoStepCode != code)
            {
                return HierarchyErrors.TwoStepCodeRejected();
            }
        }

        return new Session(this);
    }

    private sealed class Session(FakeHierarchyConnector owner) : IKscHierarchySession
    {
        private static readonly byte[] Certificate = CreateCertificate();

        public Task<Result<KscServerIdentity>> GetIdentityAsync(CancellationToken cancellationToken) =>
            Task.FromResult<Result<KscServerIdentity>>(new KscServerIdentity("ksc.example.com", Certificate, "15.1"));

        public Task<Result<IReadOnlyList<KscGroup>>> GetGroupsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<Result<IReadOnlyList<KscGroup>>>(owner.Groups);

        public Task<Result<IReadOnlyList<SecondaryServer>>> GetSecondariesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<Result<IReadOnlyList<SecondaryServer>>>(owner.Secondaries.ToList());

        public Task<Result<long>> RegisterSecondaryAsync(SecondaryRegistration registration, CancellationToken cancellationToken)
        {
            owner.Registered.Add(registration);
            var id = owner.Registered.Count + 100;
            owner.Secondaries.Add(new SecondaryServer(id, registration.DisplayName, registration.GroupId, null, false, SecondaryServerStatus.Waiting, "It has not connected yet.", null, null));
            return Task.FromResult<Result<long>>(id);
        }

        public Task<Result> RemoveSecondaryAsync(long secondaryId, CancellationToken cancellationToken)
        {
            owner.Removed.Add(secondaryId);
            owner.Secondaries.RemoveAll(s => s.Id == secondaryId);
            return Task.FromResult(Result.Success());
        }

        public Task<Result> WritePrimaryConnectionAsync(string hostName, PrimaryConnection connection, CancellationToken cancellationToken) =>
            Task.FromResult(Result.Success());

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static byte[] CreateCertificate()
        {
            using var key = System.Security.Cryptography.ECDsa.Create();
            using var certificate = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=ksc.example.com", key, System.Security.Cryptography.HashAlgorithmName.SHA256)
                .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            return certificate.RawData;
        }
    }
}
