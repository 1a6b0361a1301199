namespace BlazorConsole.Core.Tenants;

/// <summary>
/// A create-tenant request as it arrives (REST body or the create dialog). <see cref="Type"/> is the raw
/// text so that an unknown type can be reported with its own code; the validator checks everything.
/// </summary>
public sealed record NewTenant
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? UserData { get; init; }

    public string? PreferredViisAddress { get; init; }

    /// <summary><c>Simple</c> or <c>Complete</c> in any case; omitted means Complete when admin credentials are given.</summary>
    public string? Type { get; init; }

    /// <summary>True when the request carried a vKsc section at all.</summary>
    public bool HasVKsc { get; init; }

    public string? AdminName { get; init; }

    /// <summary>The administrator password, Base64 of its UTF-8 bytes (as the REST API takes it).</summary>
    public string? AdminPasswordBase64 { get; init; }
}
