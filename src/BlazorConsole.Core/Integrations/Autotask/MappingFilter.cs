namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>Which tenants the mapping page lists.</summary>
public enum MappingFilter
{
    All,
    Mapped,
    Unmapped,
}
