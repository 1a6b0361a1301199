using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Components.Pages.Access;

/// <summary>The posted second sign-in step: a 6-digit authenticator code or a recovery code.</summary>
public sealed class SignInTwoStepInput
{
    [Required(ErrorMessage = "Enter the code from your authenticator app or a recovery code.")]
    [MaxLength(32)]
    public string Code { get; set; } = "";
}
