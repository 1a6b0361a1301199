using BlazorConsole.Core.Access;
using BlazorConsole.Core.Audit;
using BlazorConsole.Core.Tasks;
using BlazorConsole.Web.Tests.Api.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Audit;

/// <summary>Every state-changing REST method leaves an entry naming the API user, channel api, the client's address and its target.</summary>
public sealed class AuditApiTests : IAsyncLifetime
{
    private readonly HeldWorker _held = new();
    private HttpClient _client = default!;

    public static TheoryData<string> Methods { get; } =
    [
        "create tenant", "activate tenant", "deactivate tenant", "delete tenant", "register vm", "unregister vm",
        "protection periods", "report", "cancel task",
    ];

    public async Task InitializeAsync()
    {
        _held.Factory.Settings["Multitenancy:EnableProtectionReports"] = "true";
        await _held.InitializeAsync();
        _client = _held.Factory.CreateApiClient();
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task StateChangingMethod_Succeeds_LeavesAnEntryByTheApiUser(string method)
    {
        var (response, action, target) = await CallAsync(method);

        Assert.True(response.IsSuccessStatusCode, $"{method}: {(int)response.StatusCode}");
        var entries = (await Audit.ListAsync(new AuditQuery { Channel = AuditChannels.Api, Action = action }, CancellationToken.None)).Items;
        var entry = Assert.Single(entries, e => target is null || e.TargetId == target);
        Assert.Equal(ConsoleFactory.AdminUserName, entry.ActorName);
        Assert.Equal(ActorKind.Account, entry.ActorKind);
        Assert.False(string.IsNullOrEmpty(entry.CorrelationId));
        Assert.True((await Audit.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task RefusedRequest_BadInput_LeavesNoApiEntry()
    {
        var response = await _client.PostXmlAsync("/tenants", "<tenant><name></name></tenant>");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(0, (await Audit.ListAsync(new AuditQuery { Channel = AuditChannels.Api }, CancellationToken.None)).Total);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _held.DisposeAsync();
    }

    private AuditService Audit => _held.Factory.Services.GetRequiredService<AuditService>();

    private async Task<(HttpResponseMessage Response, string Action, string? TargetId)> CallAsync(string method)
    {
        switch (method)
        {
            case "create tenant":
                return (await _client.PostXmlAsync("/tenants", $"<tenant><name>{ApiTestData.UniqueName("audit")}</name></tenant>"), AuditActions.TaskQueued, null);
            case "activate tenant":
                {
                    var tenant = await _held.Factory.AddTenantAsync();
                    return (await _client.PostApiAsync($"/tenants/{tenant.Id}/activate"), AuditActions.TaskQueued, null);
                }

            case "deactivate tenant":
                {
                    var tenant = await _held.Factory.AddTenantAsync();
                    return (await _client.PostApiAsync($"/tenants/{tenant.Id}/deactivate"), AuditActions.TaskQueued, null);
                }

            case "delete tenant":
                {
                    var tenant = await _held.Factory.AddTenantAsync();
                    return (await _client.DeleteAsync($"{ApiClient.Prefix}/tenants/{tenant.Id}"), AuditActions.TaskQueued, null);
                }

            case "register vm":
                {
                    var tenant = await _held.Factory.AddTenantAsync();
                    var biosId = Guid.NewGuid();
                    return (await _client.PostXmlAsync($"/tenants/{tenant.Id}/vms/register", $"<vm biosId=\"{biosId}\"><name>audited</name></vm>"), AuditActions.VirtualMachineRegistered, biosId.ToString());
                }

            case "unregister vm":
                {
                    var tenant = await _held.Factory.AddTenantAsync();
                    var vm = await _held.Factory.AddVmAsync(tenant.Id);
                    return (await _client.PostApiAsync($"/tenants/{tenant.Id}/vms/unregister?biosId={vm.BiosId}"), AuditActions.VirtualMachineUnregistered, vm.BiosId.ToString());
                }

            case "protection periods":
                return (await _client.PostXmlAsync("/protection-periods", $"<protectionPeriods svmId=\"svm-audit\"><period biosId=\"{Guid.NewGuid()}\" vmName=\"vm\" start=\"2026-11-23T08:00:00\" /></protectionPeriods>"), AuditActions.ProtectionPeriodsReceived, "svm-audit");
            case "report":
                return (await _client.PostApiAsync("/reports/tenants"), AuditActions.TaskQueued, null);
            case "cancel task":
                {
                    var queued = await _held.Factory.Services.GetRequiredService<ITaskQueue>()
                        .EnqueueAsync(new TaskRequest(TaskTypes.CreateTenant, new { }), CancellationToken.None);
                    return (await _client.PostApiAsync($"/tasks/{queued.Id}/cancel"), AuditActions.TaskCancelRequested, queued.Id.ToString());
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method.");
        }
    }
}
