namespace BlazorConsole.Sandbox.Autotask;

/// <summary>
/// An API-only user of the simulated database. <paramref name="Rights"/> maps entity names to rights; an entity
/// that is absent gets <see cref="DefaultRights"/>.
/// </summary>
/// <param name="IntegrationCode">The tracking identifier of the integration the user belongs to; another one is refused with 500.</param>
/// <param name="ZoneName">The zone the user belongs to.</param>
public sealed record AutotaskSimulatedUser(
    string UserName,
    string Secret,
    string IntegrationCode,
    string ZoneName,
    IReadOnlyDictionary<string, AutotaskEntityRights> Rights,
    AutotaskEntityRights DefaultRights)
{
    /// <summary>The rights on <paramref name="entity"/>.</summary>
    public AutotaskEntityRights RightsOn(string entity) =>
        Rights.FirstOrDefault(pair => string.Equals(pair.Key, entity, StringComparison.OrdinalIgnoreCase)).Value ?? DefaultRights;

    public override string ToString() => $"{UserName} in {ZoneName}";
}
