namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Where an API user's Autotask database lives (the zone lookup's answer).</summary>
/// <param name="Name">Zone name, e.g. <c>America East</c>.</param>
/// <param name="ApiAddress">Root of the REST API, ending with <c>/</c>, e.g. <c>https://webservices3.autotask.net/ATServicesRest/</c>.</param>
/// <param name="WebAddress">Address of the Autotask user interface of that zone.</param>
/// <param name="DatabaseId">The <c>ci</c> value: which customer database the user belongs to.</param>
public sealed record AutotaskZone(string Name, Uri ApiAddress, Uri? WebAddress, long DatabaseId);
