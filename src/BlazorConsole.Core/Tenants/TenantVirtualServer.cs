using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Tenants;

/// <summary>Finds the virtual Administration Server a complete tenant's record names.</summary>
internal static class TenantVirtualServer
{
    public static async Task<Result<KscVirtualServer>> FindAsync(IKscSession session, long id, CancellationToken cancellationToken)
    {
        var servers = await session.GetVirtualServersAsync(cancellationToken);
        if (!servers.IsSuccess)
        {
            return servers.Error;
        }

        return servers.Value.FirstOrDefault(s => s.Id == id) is { } server
            ? server
            : KscErrors.ObjectNotFound($"The virtual Administration Server {id}");
    }
}
