using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Web.Components.Pages.Ksc;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace BlazorConsole.Web.Components.Pages.Hierarchy;

/// <summary>
/// The add-secondary wizard for both directions. Each step's fields are checked by <see cref="AddSecondaryInputValidator"/>
/// before the next; the secondary's certificate is trusted in the Verify certificate window or taken from a file; the
/// two-step code is asked only when the secondary's account needs one. Closes with the <see cref="AddSecondaryOutcome"/>.
/// </summary>
public sealed partial class AddSecondaryDialog(
    HierarchyService hierarchy,
    IValidator<AddSecondaryInput> validator,
    IDialogService dialogs,
    TimeProvider time)
{
    private const int StepCount = 4;
    private static readonly string[] StepTitles = ["direction", "secondary server", "certificate", "connection"];
    private readonly AddSecondaryInput _input = new();
    private MudForm? _form;
    private int _step;
    private bool _running;
    private bool _askCode;
    private string? _codeError;
    private string? _error;
    private string? _trustError;
    private string? _fileError;
    private string? _fileDescription;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The primary as the page shows it (groups, host name).</summary>
    [Parameter, EditorRequired]
    public HierarchyView View { get; set; } = default!;

    private bool FromPrimary => _input.Direction == AddSecondaryDirection.FromPrimary;

    private string StepTitle => StepTitles[_step];

    private string FileHelp => FromPrimary
        ? "Or give the secondary's certificate file (klserver.cer; .cer, .pem or .der, at most 64 KB). Without the secondary's address the file is required."
        : "The primary's certificate: this console's primary certificate is used, or give the primary's certificate file (klserver.cer; .cer, .pem or .der, at most 64 KB).";

    protected override void OnInitialized()
    {
        _input.GroupId = View.Groups.Count > 0 ? View.Groups[0].Id : null;
        _input.PrimaryAddress = View.HostName;
    }

    private void Cancel() => Dialog.Cancel();

    private void Back()
    {
        _error = null;
        _step--;
    }

    private async Task NextAsync()
    {
        _error = null;
        if (_step > 0 && _form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        if (_step == 2)
        {
            if (_input.ConnectsToSecondary && _input.SecondaryThumbprint is null)
            {
                _trustError = "Get the secondary's certificate and verify it before you go on.";
                return;
            }

            if (FromPrimary && !_input.ConnectsToSecondary && _input.CertificateFile is null)
            {
                _fileError = "Without the secondary's address the console cannot fetch its certificate: give its certificate file.";
                return;
            }

            if (_fileError is not null)
            {
                return;
            }
        }

        _step++;
    }

    private async Task FetchSecondaryCertificateAsync()
    {
        _trustError = null;
        _running = true;
        try
        {
            var fetched = await hierarchy.FetchCertificateAsync(_input.SecondaryAddress, _input.ApiPort, CancellationToken.None);
            if (!fetched.IsSuccess)
            {
                _trustError = fetched.Error.Message;
                return;
            }

            var parameters = new DialogParameters<VerifyCertificateDialog>
            {
                { d => d.Certificate, fetched.Value },
                { d => d.Address, _input.SecondaryAddress?.Trim() },
                { d => d.Now, time.GetUtcNow() },
            };
            var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };
            var reference = await dialogs.ShowAsync<VerifyCertificateDialog>("Verify certificate", parameters, options);
            var choice = await reference.Result;
            if (choice is { Canceled: false, Data: string thumbprint })
            {
                _input.SecondaryThumbprint = thumbprint;
            }
            else
            {
                _trustError = "The certificate was not trusted: the console does not connect to the secondary.";
            }
        }
        finally
        {
            _running = false;
        }
    }

    private async Task UploadAsync(InputFileChangeEventArgs change)
    {
        _fileError = null;
        _fileDescription = null;
        _input.CertificateFile = null;
        var file = change.File;

        if (file.Size > HierarchyDefaults.MaxCertificateFileBytes)
        {
            _fileError = HierarchyErrors.CertificateFileUnreadable($"the file is larger than {HierarchyDefaults.MaxCertificateFileBytes / 1024} KB, so it is not a server certificate.").Message;
            return;
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(HierarchyDefaults.MaxCertificateFileBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        var read = ServerCertificateFile.Read(buffer.ToArray(), file.Name);
        if (!read.IsSuccess)
        {
            _fileError = read.Error.Message;
            return;
        }

        _input.CertificateFile = buffer.ToArray();
        _input.CertificateFileName = file.Name;
        _fileDescription = $"{file.Name}: {read.Value.Description.Subject}, SHA-256 {KscThumbprintText(read.Value.Thumbprint)}";
    }

    private async Task FinishAsync()
    {
        _error = null;
        _codeError = null;
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        var actor = AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;
        if (string.IsNullOrWhiteSpace(actor))
        {
            _error = "Sign in again to change the hierarchy.";
            return;
        }

        _running = true;
        try
        {
            var result = await hierarchy.AddAsync(_input.Copy(), actor, CancellationToken.None);
            if (result.IsSuccess)
            {
                Dialog.Close(DialogResult.Ok(result.Value));
                return;
            }

            switch (result.Error.Code)
            {
                case HierarchyErrors.TwoStepCodeRequiredCode when !_askCode:
                    _askCode = true;
                    break;
                case HierarchyErrors.TwoStepCodeRequiredCode or HierarchyErrors.TwoStepCodeRejectedCode:
                    _askCode = true;
                    _codeError = result.Error.Message;
                    break;
                default:
                    _error = result.Error.Message;
                    break;
            }
        }
        finally
        {
            _running = false;
        }
    }

    private static string KscThumbprintText(string thumbprint) => Core.Ksc.KscThumbprint.Group(thumbprint);

    /// <summary>MudForm's per-field validation through the shared FluentValidation rules.</summary>
    private async Task<IEnumerable<string>> ValidateValueAsync(object model, string propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return []; // fields without For (direction, DMZ, proxy switch) have no rule of their own
        }

        var context = ValidationContext<AddSecondaryInput>.CreateWithOptions((AddSecondaryInput)model, o => o.IncludeProperties(propertyName));
        var result = await validator.ValidateAsync(context);
        return result.Errors.Select(e => e.ErrorMessage);
    }
}
