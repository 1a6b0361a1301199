using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Data.Access;

/// <summary>A person who signs in to the console or calls the REST API with HTTP Basic.</summary>
public sealed class ConsoleUser : IdentityUser
{
    public DateTime Created { get; set; }
}
