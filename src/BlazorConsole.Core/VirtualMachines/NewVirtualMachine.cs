namespace BlazorConsole.Core.VirtualMachines;

/// <summary>A register-VM request as it arrives; <see cref="BiosId"/> is raw text, checked by the validator.</summary>
public sealed record NewVirtualMachine
{
    public string? BiosId { get; init; }

    public string? Name { get; init; }

    public string? UserData { get; init; }
}
