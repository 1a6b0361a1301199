namespace BlazorConsole.Core.Tenants;

/// <summary>A complete tenant has a virtual Administration Server in KSC; a simple one is only a row.</summary>
public enum TenantType
{
    Simple = 0,
    Complete = 1,
}
