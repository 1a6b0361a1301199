using System.ComponentModel.DataAnnotations;
using BlazorConsole.Core.Access;

namespace BlazorConsole.Web.Components.Pages.Access.Accounts;

/// <summary>The add-account form.</summary>
public sealed class NewAccountInput
{
    [Required(ErrorMessage = "Enter a user name.")]
    [MaxLength(256)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = ConsoleRoles.Operator;

    [Required(ErrorMessage = "Enter a temporary password.")]
    [MaxLength(1024)]
    public string Password { get; set; } = "";
}
