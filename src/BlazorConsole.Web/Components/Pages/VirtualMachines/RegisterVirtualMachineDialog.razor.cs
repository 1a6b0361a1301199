using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Components.Shared.Tenants;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.VirtualMachines;

/// <summary>
/// Registers a VM in a tenant through <see cref="VirtualMachineService.RegisterAsync"/>, checked first with the
/// REST API's <see cref="NewVirtualMachineValidator"/>; a BIOS ID registered anywhere already is shown on its field.
/// The dialog's result is the registered VM.
/// </summary>
public sealed partial class RegisterVirtualMachineDialog(VirtualMachineService vms, IValidator<NewVirtualMachine> validator)
{
    private readonly FieldErrors _errors = new();
    private string? _biosId;
    private string? _name;
    private string? _userData;
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The tenant the VM is registered in.</summary>
    [Parameter, EditorRequired]
    public Guid TenantId { get; set; }

    private async Task RegisterAsync()
    {
        _error = null;
        var request = new NewVirtualMachine { BiosId = _biosId, Name = _name, UserData = _userData };
        if (!_errors.Apply(await validator.ValidateAsync(request)))
        {
            return;
        }

        _busy = true;
        try
        {
            var registered = await vms.RegisterAsync(TenantId, request, CancellationToken.None);
            if (registered.IsSuccess)
            {
                Dialog.Close(DialogResult.Ok(registered.Value));
            }
            else if (registered.Error.Code == VirtualMachineErrors.BiosIdAlreadyExistsCode)
            {
                _errors.Set(nameof(NewVirtualMachine.BiosId), registered.Error.Message);
            }
            else
            {
                _error = registered.Error.Code == TenantErrors.NotFoundCode ? "This tenant no longer exists." : registered.Error.Message;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Cancel() => Dialog.Cancel();
}
