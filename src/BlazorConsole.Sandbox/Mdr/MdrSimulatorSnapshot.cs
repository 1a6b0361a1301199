namespace BlazorConsole.Sandbox.Mdr;

/// <summary>A consistent, read-only copy of what the simulator holds at one moment.</summary>
/// <param name="Connections">The API connections.</param>
/// <param name="Tenants">The MDR tenant names.</param>
/// <param name="Assets">Every asset.</param>
/// <param name="Incidents">Every incident, oldest first.</param>
/// <param name="Comments">Every comment, oldest first.</param>
/// <param name="Responses">Every response, oldest first.</param>
/// <param name="LiveRefreshTokens">Refresh tokens neither spent, revoked nor expired.</param>
/// <param name="LiveAccessTokens">Access tokens neither revoked nor expired.</param>
/// <param name="Exchanges">Successful <c>session/confirm</c> calls per client id.</param>
public sealed record MdrSimulatorSnapshot(
    IReadOnlyList<MdrApiConnection> Connections,
    IReadOnlyList<string> Tenants,
    IReadOnlyList<MdrSimulatedAsset> Assets,
    IReadOnlyList<MdrSimulatedIncident> Incidents,
    IReadOnlyList<MdrSimulatedComment> Comments,
    IReadOnlyList<MdrSimulatedResponse> Responses,
    int LiveRefreshTokens,
    int LiveAccessTokens,
    IReadOnlyDictionary<string, int> Exchanges)
{
    /// <summary>The incident with <paramref name="incidentId"/>, or null.</summary>
    public MdrSimulatedIncident? Incident(string incidentId) =>
        Incidents.FirstOrDefault(incident => string.Equals(incident.IncidentId, incidentId, StringComparison.OrdinalIgnoreCase));
}
