using BlazorConsole.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace BlazorConsole.Web.Access;

/// <summary>Creates the console's roles (<see cref="ConsoleRoles.All"/>) that do not exist yet.</summary>
internal static class ConsoleRoleStore
{
    public static async Task EnsureAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in ConsoleRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"The role {role} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
