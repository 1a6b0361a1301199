using BlazorConsole.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Identity's user manager, plus one duty: every update of an account (password, security stamp, lockout,
/// failed attempt) or its deletion evicts the account's cached API credentials at once; and a disabled account
/// counts as locked out, so that HTTP Basic and the circuit revalidation refuse it like a locked one.
/// </summary>
internal sealed class ConsoleUserManager(
    IUserStore<ConsoleUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ConsoleUser> passwordHasher,
    IEnumerable<IUserValidator<ConsoleUser>> userValidators,
    IEnumerable<IPasswordValidator<ConsoleUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ConsoleUser>> logger,
    VerifiedCredentialCache credentialCache)
    : UserManager<ConsoleUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(ConsoleUser user)
    {
        credentialCache.Evict(user.Id);
        try
        {
            return await base.UpdateUserAsync(user);
        }
        finally
        {
            credentialCache.Evict(user.Id);
        }
    }

    public override async Task<bool> IsLockedOutAsync(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Disabled || await base.IsLockedOutAsync(user);
    }

    public override async Task<IdentityResult> DeleteAsync(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        credentialCache.Evict(user.Id);
        return await base.DeleteAsync(user);
    }
}
