using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.VirtualMachines;

public static class VirtualMachineErrors
{
    public const string NotFoundCode = "VIRMT_VmWithSpecifiedIdNotFound";
    public const string BiosIdAlreadyExistsCode = "VIRMT_VmWithSpecifiedBiosIdAlreadyExists";

    /// <summary>The BIOS ID is not a UUID (decision).</summary>
    public const string InvalidBiosIdCode = "VIRMT_InvalidBiosIdFormat";

    public static Error NotFound() =>
        Error.NotFound(NotFoundCode, "A virtual machine with the specified identifier is not found in this tenant.");

    public static Error BiosIdAlreadyExists(Guid biosId) =>
        Error.Conflict(BiosIdAlreadyExistsCode, $"A virtual machine with the BIOS ID {biosId} is already registered.");
}
