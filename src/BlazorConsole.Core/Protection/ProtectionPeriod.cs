namespace BlazorConsole.Core.Protection;

/// <summary>
/// A time interval during which a VM's Light Agent was connected to an SVM. Keyed by (BIOS ID, start);
/// <see cref="End"/> is null while the VM is still connected.
/// </summary>
public sealed class ProtectionPeriod
{
    public const int VmNameMaxLength = 256;
    public const int SvmIdMaxLength = 128;

    public long Id { get; set; }

    public Guid BiosId { get; set; }

    public string? VmName { get; set; }

    public string? SvmId { get; set; }

    public DateTime Start { get; set; }

    public DateTime? End { get; set; }
}
