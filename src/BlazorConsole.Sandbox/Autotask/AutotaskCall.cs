namespace BlazorConsole.Sandbox.Autotask;

/// <summary>One request the simulator received (logged before authentication and faults, so refused calls count too).</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path after the zone's <c>v1.0/</c> (e.g. <c>Companies/query</c>), or the whole path for zone lookups.</param>
/// <param name="Zone">The zone segment called (e.g. <c>webservices3</c>); null for the discovery root.</param>
/// <param name="Host">The <c>Host</c> the client addressed.</param>
/// <param name="UserName">The <c>UserName</c> header; null when absent.</param>
/// <param name="SentCredentials">True when any of <c>ApiIntegrationCode</c>, <c>UserName</c>, <c>Secret</c> was sent.</param>
/// <param name="Body">The request body (null when empty).</param>
/// <param name="At">When it arrived (the simulator's clock).</param>
public sealed record AutotaskCall(string Method, string Path, string? Zone, string Host, string? UserName, bool SentCredentials, string? Body, DateTimeOffset At);
