using BlazorConsole.Data.Access;
using BlazorConsole.Web.Access;

namespace BlazorConsole.Web.Tests.Access;

public sealed class GeneratedPasswordTests : IDisposable
{
    private readonly AccessHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Create_ManyTimes_AlwaysMeetsThePasswordPolicyAndNeverRepeats()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => GeneratedPassword.Create()).ToList();

        var failures = await _host.WithUsersAsync(async users =>
        {
            var failed = new List<string>();
            foreach (var password in passwords)
            {
                foreach (var validator in users.PasswordValidators)
                {
                    var result = await validator.ValidateAsync(users, new ConsoleUser { UserName = "admin" }, password);
                    failed.AddRange(result.Errors.Select(e => e.Code));
                }
            }

            return failed;
        });

        Assert.Empty(failures);
        Assert.All(passwords, p => Assert.True(p.Length >= 20));
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }
}
