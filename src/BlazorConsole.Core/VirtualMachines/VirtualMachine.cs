namespace BlazorConsole.Core.VirtualMachines;

/// <summary>A tenant's virtual machine, known by its BIOS ID.</summary>
public sealed class VirtualMachine
{
    public const int NameMaxLength = 256;
    public const int UserDataMaxLength = 65536;

    public Guid Id { get; set; }

    public Guid BiosId { get; set; }

    public Guid TenantId { get; set; }

    public string? Name { get; set; }

    public string? UserData { get; set; }

    public DateTime Created { get; set; }

    public DateTime Updated { get; set; }
}
