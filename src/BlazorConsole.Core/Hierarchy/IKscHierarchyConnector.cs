using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Hierarchy;

/// <summary>
/// Reaches any KSC Administration Server of a hierarchy (the console's primary, a future secondary) over the KSC Open
/// API, for the hierarchy use cases (the port the Clients project fills).
/// </summary>
public interface IKscHierarchyConnector
{
    /// <summary>The certificate the server at <paramref name="address"/>:<paramref name="port"/> presents (nothing is trusted or signed in).</summary>
    Task<Result<KscCertificate>> FetchCertificateAsync(string address, int port, CancellationToken cancellationToken);

    /// <summary>
    /// Signs in to the server of <paramref name="endpoint"/> (its certificate must be the pinned one). An account with
    /// two-step verification needs <paramref name="twoStepCode"/>: without it the sign-in fails with
    /// <see cref="HierarchyErrors.TwoStepCodeRequiredCode"/>, with a wrong one with <see cref="HierarchyErrors.TwoStepCodeRejectedCode"/>.
    /// </summary>
    Task<Result<IKscHierarchySession>> OpenAsync(KscEndpoint endpoint, string? twoStepCode, CancellationToken cancellationToken);
}
