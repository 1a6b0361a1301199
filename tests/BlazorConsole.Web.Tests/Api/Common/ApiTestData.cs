using BlazorConsole.Core.Tasks;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Api.Common;

/// <summary>Rows inserted straight through the stores, for states the API cannot reach without the task worker.</summary>
internal static class ApiTestData
{
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static async Task<Tenant> AddTenantAsync(this ConsoleFactory factory, string? name = null, TenantType type = TenantType.Simple)
    {
        var now = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            Name = name ?? UniqueName("tenant"),
            Description = "A test tenant",
            UserData = "contract=<C-1>",
            PreferredViisAddress = "192.0.2.10",
            Type = type,
            Status = TenantStatus.Active,
            VirtualServerId = type == TenantType.Complete ? "VS1" : null,
            AdminUserName = type == TenantType.Complete ? "tenant-admin" : null,
            Created = now,
            Updated = now,
        };
        var added = await factory.Services.GetRequiredService<ITenantStore>().AddAsync(tenant, CancellationToken.None);
        Assert.True(added.IsSuccess);
        return tenant;
    }

    public static async Task<VirtualMachine> AddVmAsync(this ConsoleFactory factory, Guid tenantId, string? name = "vm")
    {
        var now = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        var vm = new VirtualMachine { Id = Guid.CreateVersion7(), BiosId = Guid.NewGuid(), TenantId = tenantId, Name = name, Created = now, Updated = now };
        var added = await factory.Services.GetRequiredService<IVirtualMachineStore>().AddAsync(vm, CancellationToken.None);
        Assert.True(added.IsSuccess);
        return vm;
    }

    public static async Task<ConsoleTask> AddTaskAsync(
        this ConsoleFactory factory, TaskState state, string type = TaskTypes.CreateTenant, Guid? parentId = null, DateTime? created = null, string? result = null)
    {
        var at = created ?? new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        var task = new ConsoleTask
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            State = state,
            ParentId = parentId,
            Stage = state.IsFinal() ? "Done" : "Waiting",
            Progress = state == TaskState.Completed ? 100 : 0,
            Result = state == TaskState.Completed ? result ?? "true" : null,
            ErrorCode = state == TaskState.Failed ? "KSC_ServiceNotConfigured" : null,
            ErrorMessage = state == TaskState.Failed ? "Kaspersky Security Center connection settings are not specified." : null,
            Created = at,
            StateChanged = at,
            Changed = at,
        };
        await factory.Services.GetRequiredService<ITaskStore>().AddAsync(task, CancellationToken.None);
        return task;
    }
}
