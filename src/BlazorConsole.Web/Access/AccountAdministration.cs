using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;
using BlazorConsole.Data.Access;
using BlazorConsole.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Web.Access;

/// <summary>
/// What an administrator does to accounts: list, add, disable/enable, unlock, reset the password (the new one is
/// returned once and never stored in clear), and ask for two-step verification per account or for everyone.
/// Each call runs in its own scope, so an interactive page never works on a stale account.
/// </summary>
public sealed partial class AccountAdministration(
    IServiceScopeFactory scopes,
    IDbContextFactory<ConsoleDbContext> contexts,
    TimeProvider timeProvider,
    ILogger<AccountAdministration> logger)
{
    public const int MaxUserNameLength = 256;

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var all = await users.Users.OrderBy(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var summaries = new List<AccountSummary>(all.Count);
        foreach (var user in all)
        {
            summaries.Add(await SummarizeAsync(users, user, now));
        }

        return summaries;
    }

    public async Task<Result<AccountSummary>> CreateAsync(NewAccount input, string actor)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userName = input.UserName?.Trim() ?? "";
        if (userName.Length == 0)
        {
            return AccountErrors.Invalid("Enter a user name.");
        }

        if (userName.Length > MaxUserNameLength)
        {
            return AccountErrors.Invalid($"The user name is longer than {MaxUserNameLength} characters.");
        }

        if (!ConsoleRoles.All.Contains(input.Role, StringComparer.Ordinal))
        {
            return AccountErrors.Invalid($"Choose one of the roles {string.Join(", ", ConsoleRoles.All)}.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return AccountErrors.UserNameTaken;
        }

        var user = new ConsoleUser { UserName = userName, Created = timeProvider.GetUtcNow().UtcDateTime };
        var failures = await PasswordFailuresAsync(users, user, input.Password ?? "");
        if (failures is not null)
        {
            return AccountErrors.Invalid(failures);
        }

        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? AccountErrors.UserNameTaken
                : AccountErrors.Invalid(Describe(created));
        }

        await ConsoleRoleStore.EnsureAsync(scope.ServiceProvider);
        var added = await users.AddToRoleAsync(user, input.Role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return AccountErrors.Invalid(Describe(added));
        }

        LogCreated(logger, actor, userName, input.Role);
        return await SummarizeAsync(users, user, timeProvider.GetUtcNow());
    }

    /// <summary>Disabling also renews the security stamp, so the account's cookies fail their next validation.</summary>
    public Task<Result> SetDisabledAsync(string id, bool disabled, string actor) =>
        ChangeAsync(id, async (users, user) =>
        {
            if (disabled && string.Equals(user.UserName, actor, StringComparison.OrdinalIgnoreCase))
            {
                return AccountErrors.OwnAccount;
            }

            user.Disabled = disabled;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded && disabled)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            LogChanged(logger, actor, user.UserName!, disabled ? "disabled" : "enabled");
            return ToResult(result);
        });

    public Task<Result> UnlockAsync(string id, string actor) =>
        ChangeAsync(id, async (users, user) =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded)
            {
                result = await users.ResetAccessFailedCountAsync(user);
            }

            LogChanged(logger, actor, user.UserName!, "unlocked");
            return ToResult(result);
        });

    public Task<Result> SetTwoStepRequiredAsync(string id, bool required, string actor) =>
        ChangeAsync(id, async (users, user) =>
        {
            user.TwoStepRequired = required;
            LogChanged(logger, actor, user.UserName!, required ? "asked for two-step verification" : "no longer asked for two-step verification");
            return ToResult(await users.UpdateAsync(user));
        });

    /// <summary>A new random password (meets the policy), returned once to show to the administrator; sessions end.</summary>
    public async Task<Result<string>> ResetPasswordAsync(string id, string actor)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountErrors.NotFound;
        }

        var password = GeneratedPassword.Create();
        var result = await users.RemovePasswordAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddPasswordAsync(user, password);
        }

        if (!result.Succeeded)
        {
            return AccountErrors.Invalid(Describe(result));
        }

        LogChanged(logger, actor, user.UserName!, "given a new password");
        return password;
    }

    public async Task<bool> IsTwoStepRequiredForEveryoneAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccessSettings.AnyAsync(s => s.Id == AccessSettings.SingletonId && s.TwoStepRequiredForEveryone, cancellationToken);
    }

    public async Task SetTwoStepRequiredForEveryoneAsync(bool required, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.AccessSettings.FindAsync([AccessSettings.SingletonId], cancellationToken);
        if (settings is null)
        {
            settings = new AccessSettings();
            db.AccessSettings.Add(settings);
        }

        settings.TwoStepRequiredForEveryone = required;
        await db.SaveChangesAsync(cancellationToken);
        LogSetting(logger, actor, required);
    }

    /// <summary>True when the account must use two-step verification (its own flag or the setting for everyone).</summary>
    public async Task<bool> IsTwoStepRequiredAsync(ConsoleUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.TwoStepRequired || await IsTwoStepRequiredForEveryoneAsync(cancellationToken);
    }

    /// <summary>
    /// True when the account must turn two-step verification on before it may do anything else: it is required and
    /// not on. An account that signs in only through single sign-on (no password) is left to the provider's policy.
    /// </summary>
    public async Task<bool> MustEnrolAsync(ConsoleUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.TwoFactorEnabled && user.PasswordHash is not null && await IsTwoStepRequiredAsync(user, cancellationToken);
    }

    private async Task<Result> ChangeAsync(string id, Func<UserManager<ConsoleUser>, ConsoleUser, Task<Result>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByIdAsync(id);
        return user is null ? AccountErrors.NotFound : await change(users, user);
    }

    private static async Task<AccountSummary> SummarizeAsync(UserManager<ConsoleUser> users, ConsoleUser user, DateTimeOffset now)
    {
        var roles = await users.GetRolesAsync(user);
        var logins = await users.GetLoginsAsync(user);
        var lockedUntil = user.LockoutEnd is { } end && end > now ? end : (DateTimeOffset?)null;
        return new AccountSummary(
            user.Id,
            user.UserName!,
            [.. roles.Order(StringComparer.Ordinal)],
            user.Disabled,
            lockedUntil,
            user.TwoFactorEnabled,
            user.TwoStepRequired,
            [.. logins.Select(l => l.ProviderDisplayName ?? l.LoginProvider)],
            user.Created);
    }

    private static async Task<string?> PasswordFailuresAsync(UserManager<ConsoleUser> users, ConsoleUser user, string password)
    {
        var failures = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            failures.AddRange(result.Errors.Select(e => e.Description));
        }

        return failures.Count == 0 ? null : string.Join(" ", failures);
    }

    private static Result ToResult(IdentityResult result) =>
        result.Succeeded ? Result.Success() : AccountErrors.Invalid(Describe(result));

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} added the account \"{UserName}\" with the role {Role}.")]
    private static partial void LogCreated(ILogger logger, string actor, string userName, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor}: the account \"{UserName}\" was {Change}.")]
    private static partial void LogChanged(ILogger logger, string actor, string userName, string change);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} set two-step verification for every account to {Required}.")]
    private static partial void LogSetting(ILogger logger, string actor, bool required);
}
