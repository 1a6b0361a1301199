using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>
/// Opens a session with the KSC Administration Server of the saved connection settings, for the tasks that
/// provision, activate and remove complete tenants. Fails with <see cref="KscErrors.ServiceNotConfiguredCode"/>
/// when no settings are saved, and with the connector's codes otherwise (certificate changed, unreachable…).
/// </summary>
public interface IKscSessions
{
    Task<Result<IKscSession>> OpenAsync(CancellationToken cancellationToken);
}
