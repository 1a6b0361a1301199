using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Api.Tenants;

namespace BlazorConsole.Web.Api.VirtualMachines;

/// <summary>The VM methods of a tenant: bind, call <see cref="VirtualMachineService"/>, map the result.</summary>
internal static class VirtualMachineHandlers
{
    public static async Task<IResult> ListAsync(string tenantId, VirtualMachineService vms, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var id))
        {
            return ApiResults.Problem(TenantHandlers.UnknownTenant(tenantId));
        }

        var list = await vms.ListAsync(id, cancellationToken);
        return !list.IsSuccess
            ? ApiResults.Problem(list.Error)
            : ApiResults.Ok(async (xml, ct) =>
            {
                await xml.WriteStartElementAsync(null, "vms", null);
                await foreach (var vm in list.Value.WithCancellation(ct))
                {
                    await VirtualMachineXml.WriteAsync(xml, vm);
                }

                await xml.WriteEndElementAsync();
            });
    }

    public static async Task<IResult> RegisterAsync(string tenantId, HttpRequest request, VirtualMachineService vms, CancellationToken cancellationToken)
    {
        var body = await XmlBody.ReadElementAsync(request, "vm", XmlBody.DefaultLimit, cancellationToken);
        if (!body.IsSuccess)
        {
            return ApiResults.Problem(body.Error);
        }

        if (!Guid.TryParse(tenantId, out var id))
        {
            return ApiResults.Problem(TenantHandlers.UnknownTenant(tenantId));
        }

        var vm = await vms.RegisterAsync(id, VirtualMachineXml.Read(body.Value), cancellationToken);
        return vm.IsSuccess ? ApiResults.Ok((xml, _) => VirtualMachineXml.WriteAsync(xml, vm.Value)) : ApiResults.Problem(vm.Error);
    }

    public static async Task<IResult> UnregisterAsync(string tenantId, string? biosId, string? vmId, VirtualMachineService vms, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var id))
        {
            return ApiResults.Problem(TenantHandlers.UnknownTenant(tenantId));
        }

        var removed = await vms.UnregisterAsync(id, biosId, vmId, cancellationToken);
        return removed.IsSuccess ? Results.Ok() : ApiResults.Problem(removed.Error);
    }
}
