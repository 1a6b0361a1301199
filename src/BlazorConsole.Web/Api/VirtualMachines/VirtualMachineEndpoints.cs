using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Core.VirtualMachines;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace BlazorConsole.Web.Api.VirtualMachines;

/// <summary>VM routes of a tenant (seed: "Registering tenant virtual machines", "Unregistering a virtual machine").</summary>
internal static class VirtualMachineEndpoints
{
    public const string Tag = "VirtualMachines";

    private const string TenantIdText = "Tenant identifier (GUID). An id that is not a GUID names no tenant.";
    private const string TenantNotFound = "A tenant with the specified identifier is not found.";

    public static RouteGroupBuilder MapVirtualMachineEndpoints(this RouteGroupBuilder api)
    {
        var vms = api.MapGroup("/tenants/{tenantId}/vms").WithTags(Tag);

        vms.MapGet("/", VirtualMachineHandlers.ListAsync)
            .RequireAuthorization(AccessPolicies.ApiRead)
            .WithName("ListTenantVms").WithSummary("Get a list of tenant virtual machines")
            .Describes("tenantId", TenantIdText)
            .Returns(Status200OK, "The tenant's virtual machines as <vms> of <vm>.", example: ApiExamples.VmList)
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, TenantNotFound);

        vms.MapPost("/register", VirtualMachineHandlers.RegisterAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithName("RegisterVm").WithSummary("Register a tenant virtual machine")
            .WithDescription("Adds the VM to the tenant. BIOS IDs are UUIDs, unique across all tenants.")
            .Describes("tenantId", TenantIdText)
            .AcceptsXml("vm", "The VM: biosId attribute (required), name and userData (optional).", ApiExamples.NewVm)
            .Returns(Status200OK, "The VM is registered; the body is the stored <vm>.", example: ApiExamples.Vm)
            .Fails(Status400BadRequest, ErrorCodes.MandatoryParameterIsNotSpecified, "The biosId attribute is missing or empty.")
            .Fails(Status400BadRequest, VirtualMachineErrors.InvalidBiosIdCode, "biosId is not a UUID.")
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "name or userData is longer than its limit.")
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, TenantNotFound)
            .Fails(Status409Conflict, VirtualMachineErrors.BiosIdAlreadyExistsCode, "A VM with this BIOS ID is already registered (in any tenant).");

        vms.MapPost("/unregister", VirtualMachineHandlers.UnregisterAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithName("UnregisterVm").WithSummary("Unregister a tenant virtual machine")
            .WithDescription("Give exactly one of biosId and vmId. Unregistering does not disable the VM's protection.")
            .Describes("tenantId", TenantIdText)
            .Describes("biosId", "The VM's BIOS ID (UUID).")
            .Describes("vmId", "The VM's identifier in the database (UUID), the id attribute of <vm>.")
            .Returns(Status200OK, "The VM is unregistered (empty body).")
            .Fails(Status400BadRequest, ErrorCodes.MandatoryParameterIsNotSpecified, "Neither or both of biosId and vmId are given.")
            .Fails(Status400BadRequest, VirtualMachineErrors.InvalidBiosIdCode, "biosId is not a UUID.")
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "vmId is not a UUID.")
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, TenantNotFound)
            .Fails(Status404NotFound, VirtualMachineErrors.NotFoundCode, "The tenant has no VM with this identifier.");

        return api;
    }
}
