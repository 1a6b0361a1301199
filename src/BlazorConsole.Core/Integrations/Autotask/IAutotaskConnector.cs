using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Finds an API user's zone and opens clients bound to an integration's credentials (the port the Clients project fills).</summary>
public interface IAutotaskConnector
{
    /// <summary>The zone lookup for <paramref name="userName"/> (no credentials sent); cached per user.</summary>
    Task<Result<AutotaskZone>> FindZoneAsync(string userName, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the zone and makes one cheap authenticated read (the MSP's own company) to prove the credentials. Fails with
    /// <see cref="AutotaskErrors"/> codes: invalid credentials, zone not found, credentials rejected, user or integration
    /// code rejected, unreachable.
    /// </summary>
    Task<Result<IAutotaskClient>> ConnectAsync(AutotaskCredentials credentials, CancellationToken cancellationToken);

    /// <summary>
    /// Checks credentials and permissions as the protocol describes: zone, one authenticated read, entityInformation of
    /// the entities behind each right, and the threshold. Success carries the report even when rights are missing.
    /// </summary>
    Task<Result<AutotaskPermissionReport>> CheckAsync(AutotaskCredentials credentials, CancellationToken cancellationToken);

    /// <summary>The API budget of the integration signing in as <paramref name="userName"/>, for the integration page.</summary>
    AutotaskUsage GetUsage(string userName);
}
