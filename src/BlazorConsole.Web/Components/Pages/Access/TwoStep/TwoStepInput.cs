using System.ComponentModel.DataAnnotations;

namespace BlazorConsole.Web.Components.Pages.Access.TwoStep;

/// <summary>The posted verification code that turns two-step verification on.</summary>
public sealed class TwoStepInput
{
    [Required(ErrorMessage = "Enter the 6-digit code your authenticator app shows.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    public string Code { get; set; } = "";
}
