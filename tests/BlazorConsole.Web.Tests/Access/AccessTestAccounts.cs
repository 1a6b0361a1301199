using System.Net.Http.Headers;
using System.Text;
using BlazorConsole.Core.Access;
using BlazorConsole.Data.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>Accounts with a role and a tenant scope, and clients that call the API as them.</summary>
internal static class AccessTestAccounts
{
    public const string Password = "Test-Passw0rd!";

    public static async Task<string> AddAccountAsync(this ConsoleFactory factory, string? role, TenantScope? scope = null)
    {
        using var services = factory.Services.CreateScope();
        var users = services.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = new ConsoleUser { UserName = $"user-{Guid.NewGuid():N}", Created = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        if (scope is not null)
        {
            await services.ServiceProvider.GetRequiredService<IAccountScopeStore>().SetAsync(user.Id, scope, CancellationToken.None);
        }

        return user.UserName;
    }

    public static HttpClient BasicClient(this ConsoleFactory factory, string userName)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{Password}")));
        return client;
    }

    public static HttpClient BearerClient(this ConsoleFactory factory, string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
