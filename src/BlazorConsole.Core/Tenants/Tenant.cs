namespace BlazorConsole.Core.Tenants;

/// <summary>A customer organisation (or unit) whose virtual machines are protected.</summary>
public sealed class Tenant
{
    public const int NameMaxLength = 256;
    public const int DescriptionMaxLength = 2048;
    public const int UserDataMaxLength = 65536;
    public const int AdminNameMaxLength = 256;
    public const int VirtualServerIdMaxLength = 128;
    public const int AddressMaxLength = 15;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public string? UserData { get; set; }

    /// <summary>IPv4 address of the Integration Server that the tenant's Light Agents use.</summary>
    public string? PreferredViisAddress { get; set; }

    public TenantType Type { get; set; }

    public TenantStatus Status { get; set; }

    /// <summary>Identifier of the tenant's virtual Administration Server in KSC (complete tenants).</summary>
    public string? VirtualServerId { get; set; }

    /// <summary>The administrator account name given at creation (complete tenants).</summary>
    public string? AdminUserName { get; set; }

    public DateTime Created { get; set; }

    public DateTime Updated { get; set; }
}
