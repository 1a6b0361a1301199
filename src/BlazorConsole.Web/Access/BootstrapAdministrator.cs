using BlazorConsole.Core.Access;
using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Creates the first administrator after the migrations, when no account exists: from
/// <c>Bootstrap:AdminUserName</c>/<c>Bootstrap:AdminPassword</c>, or "admin" with a generated password that is
/// written once to the log. Two hosts starting together on one database create one account: the loser of the
/// race meets the unique user name index and steps back.
/// </summary>
internal sealed partial class BootstrapAdministrator(
    IServiceScopeFactory scopes,
    IOptions<BootstrapOptions> options,
    TimeProvider timeProvider,
    ILogger<BootstrapAdministrator> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        await EnsureRolesAsync(scope.ServiceProvider, users, cancellationToken);
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var settings = options.Value;
        var userName = string.IsNullOrWhiteSpace(settings.AdminUserName) ? BootstrapOptions.DefaultAdminUserName : settings.AdminUserName.Trim();
        var configured = !string.IsNullOrEmpty(settings.AdminPassword);
        var password = configured ? settings.AdminPassword! : GeneratedPassword.Create();
        var user = new ConsoleUser { UserName = userName, Created = timeProvider.GetUtcNow().UtcDateTime };

        await EnsurePolicyAsync(users, user, password);

        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            // the other host's insert won the unique user name index
            if (!await AnyAccountAsync(cancellationToken))
            {
                throw;
            }

            LogLostRace(logger);
            return;
        }

        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                LogLostRace(logger);
                return;
            }

            throw new InvalidOperationException($"The first administrator could not be created: {Describe(created)}");
        }

        await users.AddToRoleAsync(user, ConsoleRoles.Administrator);

        if (configured)
        {
            LogCreated(logger, userName);
        }
        else
        {
            // The ONLY place in the product where a password is written to the log: an operator who set no
            // Bootstrap:AdminPassword needs it to sign in the first time. It is logged once, when the account
            // is created, and never again.
            LogGenerated(logger, userName, password);
        }
    }

    /// <summary>
    /// Creates the three roles when missing. A database from before roles existed (accounts, but nobody holds a role)
    /// gives every account Administrator, which is what each of them could do until then.
    /// </summary>
    private static async Task EnsureRolesAsync(IServiceProvider services, UserManager<ConsoleUser> users, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in ConsoleRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var db = services.GetRequiredService<BlazorConsole.Data.Common.ConsoleDbContext>();
        if (await db.UserRoles.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var user in await users.Users.ToListAsync(cancellationToken))
        {
            await users.AddToRoleAsync(user, ConsoleRoles.Administrator);
        }
    }

    private static async Task EnsurePolicyAsync(UserManager<ConsoleUser> users, ConsoleUser user, string password)
    {
        var failures = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException(
                $"{BootstrapOptions.SectionName}:{nameof(BootstrapOptions.AdminPassword)} does not meet the password policy: {Describe(IdentityResult.Failed([.. failures]))}");
        }
    }

    private async Task<bool> AnyAccountAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().Users.AnyAsync(cancellationToken);
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator account \"{UserName}\" from the Bootstrap settings.")]
    private static partial void LogCreated(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No account existed and Bootstrap:AdminPassword is not set, so the administrator account \"{UserName}\" was created with the generated password {GeneratedPassword} . Sign in and change it now; this message is shown only once.")]
    private static partial void LogGenerated(ILogger logger, string userName, string generatedPassword);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another host created the first administrator account at the same time; this host uses it.")]
    private static partial void LogLostRace(ILogger logger);
}
