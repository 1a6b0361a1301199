namespace BlazorConsole.Core.Tenants;

public enum TenantStatus
{
    Inactive = 0,
    Active = 1,
}
