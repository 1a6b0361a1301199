using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Records the server hierarchy changes made through the sessions it opens: a secondary registered on a primary or
/// removed from it, and a server made a secondary of a primary. Reads pass through; passwords are never part of it.
/// </summary>
internal sealed class AuditedHierarchyConnector(IKscHierarchyConnector inner, AuditService audit) : IKscHierarchyConnector
{
    public Task<Result<KscCertificate>> FetchCertificateAsync(string address, int port, CancellationToken cancellationToken) =>
        inner.FetchCertificateAsync(address, port, cancellationToken);

    public async Task<Result<IKscHierarchySession>> OpenAsync(KscEndpoint endpoint, string? twoStepCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var opened = await inner.OpenAsync(endpoint, twoStepCode, cancellationToken);
        return opened.IsSuccess ? new AuditedHierarchySession(opened.Value, $"{endpoint.Address}:{endpoint.Port}", audit) : opened;
    }
}
