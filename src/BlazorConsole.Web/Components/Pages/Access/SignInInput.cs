using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Components.Pages.Access;

/// <summary>The posted sign-in form.</summary>
public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your user name.")]
    [MaxLength(256)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [MaxLength(1024)]
    public string Password { get; set; } = "";
}
