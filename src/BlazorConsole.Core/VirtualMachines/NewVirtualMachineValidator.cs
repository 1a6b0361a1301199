using BlazorConsole.Core.Common;
using FluentValidation;

namespace BlazorConsole.Core.VirtualMachines;

public sealed class NewVirtualMachineValidator : AbstractValidator<NewVirtualMachine>
{
    public NewVirtualMachineValidator()
    {
        RuleFor(v => v.BiosId)
            .Must(b => !string.IsNullOrWhiteSpace(b))
            .WithErrorCode(ErrorCodes.MandatoryParameterIsNotSpecified)
            .WithMessage("The BIOS ID of the virtual machine is required.")
            .DependentRules(() => RuleFor(v => v.BiosId)
                .Must(b => BiosIds.TryParse(b, out _))
                .WithErrorCode(VirtualMachineErrors.InvalidBiosIdCode)
                .WithMessage("The BIOS ID must be a UUID such as 4c4c4544-0042-3510-8058-b4c04f4e3232."));

        RuleFor(v => v.Name)
            .MaximumLength(VirtualMachine.NameMaxLength)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The VM name must be at most {VirtualMachine.NameMaxLength} characters.");

        RuleFor(v => v.UserData)
            .MaximumLength(VirtualMachine.UserDataMaxLength)
            .WithErrorCode(ErrorCodes.InvalidParameterValue)
            .WithMessage($"The user data must be at most {VirtualMachine.UserDataMaxLength} characters.");
    }
}
