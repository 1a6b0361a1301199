using BlazorConsole.Core.Access;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>Every v2.0 method × no credentials, no role, Auditor, Operator, Administrator: 401, 403 or through.</summary>
public sealed class RoleMatrixTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    public static TheoryData<string, string, bool> Methods => new()
    {
        { "GET", "/tenants", false },
        { "GET", "/tenants/{tenant}", false },
        { "POST", "/tenants", true },
        { "POST", "/tenants/{tenant}/activate", true },
        { "POST", "/tenants/{tenant}/deactivate", true },
        { "DELETE", "/tenants/{tenant}", true },
        { "GET", "/tenants/{tenant}/vms", false },
        { "POST", "/tenants/{tenant}/vms/register", true },
        { "POST", "/tenants/{tenant}/vms/unregister", true },
        { "GET", "/tasks", false },
        { "GET", "/tasks/{task}", false },
        { "POST", "/tasks/{task}/cancel", true },
        { "POST", "/reports/tenants", true },
        { "GET", "/reports/tenants/{report}", false },
        { "POST", "/protection-periods", true },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Call_EachRole_GetsTheRoleAnswer(string method, string path, bool isWrite)
    {
        var tenant = await factory.AddTenantAsync();
        var task = await factory.AddTaskAsync(Core.Tasks.TaskState.Completed);
        var target = ApiClient.Prefix + path.Replace("{tenant}", tenant.Id.ToString(), StringComparison.Ordinal)
            .Replace("{task}", task.Id.ToString(), StringComparison.Ordinal)
            .Replace("{report}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

        Assert.Equal(401, await StatusAsync(factory.CreateClient(), method, target));
        Assert.Equal(403, await StatusAsync(factory.BasicClient(await factory.AddAccountAsync(role: null)), method, target));
        var auditor = await StatusAsync(factory.BasicClient(await factory.AddAccountAsync(ConsoleRoles.Auditor)), method, target);
        if (isWrite)
        {
            Assert.Equal(403, auditor);
        }
        else
        {
            Assert.NotEqual(401, auditor);
            Assert.NotEqual(403, auditor);
        }

        foreach (var role in new[] { ConsoleRoles.Operator, ConsoleRoles.Administrator })
        {
            var status = await StatusAsync(factory.BasicClient(await factory.AddAccountAsync(role)), method, target);
            Assert.NotEqual(401, status);
            Assert.NotEqual(403, status);
        }
    }

    private static async Task<int> StatusAsync(HttpClient client, string method, string target)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), target);
        if (method != "GET")
        {
            request.Content = ApiClient.Xml("<x/>");
        }

        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
