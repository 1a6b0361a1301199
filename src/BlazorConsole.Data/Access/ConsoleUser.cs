using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Data.Access;

/// <summary>A person who signs in to the console or calls the REST API with HTTP Basic.</summary>
public sealed class ConsoleUser : IdentityUser
{
    public DateTime Created { get; set; }

    /// <summary>An administrator switched the account off: it cannot sign in and its sessions end at the next validation.</summary>
    public bool Disabled { get; set; }

    /// <summary>An administrator asked this account for two-step verification (besides the setting for everyone).</summary>
    public bool TwoStepRequired { get; set; }
}
