using System.Text;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Components.Shared;
using BlazorConsole.Web.Components.Shared.Tenants;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Tenants;

/// <summary>
/// Creates a tenant through <see cref="TenantService.CreateAsync"/>, checked first with the REST API's
/// <see cref="NewTenantValidator"/>. A complete tenant shows what will be made in KSC before it is sent; then the
/// task's progress is shown live and, once it completes, a link to the new tenant. The dialog's result is the
/// new tenant's id (null when nothing was created).
/// </summary>
public sealed partial class CreateTenantDialog(TenantService tenants, IValidator<NewTenant> validator, TaskToasts toasts)
{
    private readonly FieldErrors _errors = new();
    private Stage _stage = Stage.Form;
    private TenantType _type = TenantType.Simple;
    private string? _name;
    private string? _description;
    private string? _userData;
    private string? _address;
    private string? _adminName;
    private string? _password;
    private string? _submitError;
    private IReadOnlyList<string> _plan = [];
    private Guid? _taskId;
    private Guid? _createdTenantId;
    private bool _busy;
    private bool _failed;

    private enum Stage
    {
        Form,
        Plan,
        Progress,
    }

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private NewTenant Request() => new()
    {
        Name = _name,
        Description = _description,
        UserData = _userData,
        PreferredViisAddress = _address,
        Type = _type.ToString(),
        HasVKsc = _type == TenantType.Complete,
        AdminName = _type == TenantType.Complete ? _adminName : null,
        AdminPasswordBase64 = _type == TenantType.Complete && !string.IsNullOrEmpty(_password) ? Convert.ToBase64String(Encoding.UTF8.GetBytes(_password)) : null,
    };

    private async Task ContinueAsync()
    {
        _submitError = null;
        if (!_errors.Apply(await validator.ValidateAsync(Request())))
        {
            return;
        }

        if (_type == TenantType.Complete)
        {
            _plan = CompleteTenantPlan.Describe(_name!, _adminName!);
            _stage = Stage.Plan;
            return;
        }

        await SubmitAsync();
    }

    private async Task SubmitAsync()
    {
        _busy = true;
        try
        {
            var actor = AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;
            var queued = await tenants.CreateAsync(Request(), actor ?? "console", CancellationToken.None);
            if (!queued.IsSuccess)
            {
                // the service validates again; show its message on the form, nothing was queued
                _stage = Stage.Form;
                _submitError = queued.Error.Message;
                return;
            }

            // the password is kept only encrypted in the task; drop the plain text now
            _password = null;
            _failed = false;
            _createdTenantId = null;
            _taskId = queued.Value.Id;
            _stage = Stage.Progress;
            toasts.Show(queued.Value);
        }
        finally
        {
            _busy = false;
        }
    }

    private void OnTaskEnded(ConsoleTask task)
    {
        if (task.State == TaskState.Completed)
        {
            _createdTenantId = task.TenantId;
        }
        else
        {
            _failed = true;
        }
    }

    private void Back()
    {
        _stage = Stage.Form;
        _taskId = null;
    }

    private void Cancel() => Dialog.Cancel();

    private void Close() => Dialog.Close(DialogResult.Ok(_createdTenantId));
}
