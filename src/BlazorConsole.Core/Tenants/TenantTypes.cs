namespace BlazorConsole.Core.Tenants;

public static class TenantTypes
{
    /// <summary>Parses a tenant type in any case; null or blank is "not given".</summary>
    public static bool TryParse(string? text, out TenantType type)
    {
        type = TenantType.Simple;
        if (string.Equals(text?.Trim(), "simple", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text?.Trim(), "complete", StringComparison.OrdinalIgnoreCase))
        {
            type = TenantType.Complete;
            return true;
        }

        return false;
    }

    /// <summary>The type the request asks for: given explicitly, else Complete when it carries vKsc.</summary>
    public static TenantType Resolve(NewTenant request) =>
        string.IsNullOrWhiteSpace(request.Type)
            ? (request.HasVKsc ? TenantType.Complete : TenantType.Simple)
            : TryParse(request.Type, out var type) ? type : TenantType.Simple;
}
