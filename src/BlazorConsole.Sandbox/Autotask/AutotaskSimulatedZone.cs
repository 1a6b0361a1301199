namespace BlazorConsole.Sandbox.Autotask;

/// <summary>A simulated zone: its API lives under <c>/{Segment}/ATServicesRest/</c> of the simulator.</summary>
/// <param name="Name">Zone name returned by the zone lookup.</param>
/// <param name="Segment">Path segment standing for the zone host, e.g. <c>webservices3</c>.</param>
/// <param name="DatabaseId">The <c>ci</c> of the customer database in that zone (the threshold is counted per database).</param>
/// <param name="WebUrl">The UI address returned as <c>webUrl</c>.</param>
public sealed record AutotaskSimulatedZone(string Name, string Segment, long DatabaseId, string WebUrl);
