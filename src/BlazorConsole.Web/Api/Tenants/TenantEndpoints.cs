using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace BlazorConsole.Web.Api.Tenants;

/// <summary>Tenant routes of REST API v2.0 (seed: "Methods for working with tenants").</summary>
internal static class TenantEndpoints
{
    public const string Tag = "Tenants";

    private const string TenantIdText = "Tenant identifier (GUID). An id that is not a GUID names no tenant.";
    private const string AcceptedText = "The request is accepted; the body is the task and Location points to GET /tasks/{id}.";

    public static RouteGroupBuilder MapTenantEndpoints(this RouteGroupBuilder api)
    {
        var tenants = api.MapGroup("/tenants").WithTags(Tag);

        tenants.MapGet("/", TenantHandlers.List)
            .RequireAuthorization(AccessPolicies.ApiRead)
            .WithName("ListTenants").WithSummary("Get a list of tenants")
            .WithDescription("Every tenant in the database, ordered by name, streamed as <tenants> of <tenant>.")
            .Returns(Status200OK, "The list of tenants.", example: ApiExamples.TenantList);

        tenants.MapGet("/{tenantId}", TenantHandlers.GetAsync)
            .RequireAuthorization(AccessPolicies.ApiRead)
            .WithName("GetTenant").WithSummary("Get information about a tenant")
            .WithDescription("The <vKsc> section is present only for a complete tenant.")
            .Describes("tenantId", TenantIdText)
            .Returns(Status200OK, "The tenant.", example: ApiExamples.Tenant)
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, "A tenant with the specified identifier is not found.");

        tenants.MapPost("/", TenantHandlers.CreateAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithName("CreateTenant").WithSummary("Create a tenant")
            .WithDescription("Queues a CreateTenant task. type omitted means Complete when <vKsc> is given, else Simple. "
                + "The vKsc password is Base64 of the UTF-8 password. On completion the task's result holds the created <tenant>.")
            .AcceptsXml("tenant", "The tenant to create.", ApiExamples.NewTenant)
            .Returns(Status202Accepted, AcceptedText, example: ApiExamples.QueuedTask)
            .Fails(Status400BadRequest, ErrorCodes.MandatoryParameterIsNotSpecified, "A required parameter, such as the tenant name, is not specified.")
            .Fails(Status400BadRequest, TenantErrors.InvalidTypeCode, "The tenant type is neither Complete nor Simple.")
            .Fails(Status400BadRequest, TenantErrors.VKscCredentialsNotSpecifiedCode, "The administrator name or password of a complete tenant is not specified (or the password is not Base64).")
            .Fails(Status400BadRequest, TenantErrors.InvalidViisAddressFormatCode, "preferredViisAddress is not an IPv4 address.")
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "A value is longer than its limit.");

        MapActivation(tenants, "/{tenantId}/activate", TenantHandlers.ActivateAsync, "ActivateTenant", "Activate a tenant");
        MapActivation(tenants, "/{tenantId}/deactivate", TenantHandlers.DeactivateAsync, "DeactivateTenant", "Deactivate a tenant");

        tenants.MapDelete("/{tenantId}", TenantHandlers.DeleteAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithName("RemoveTenant").WithSummary("Remove a tenant")
            .WithDescription("Queues a DeleteTenant task that removes the tenant and its VMs; its result is the removed <tenant>. "
                + "An unknown tenant fails the task with VIRMT_TenantWithSpecifiedIdNotFound.")
            .Describes("tenantId", TenantIdText)
            .Describes("removeTenantArtifacts", "true also removes the tenant's infrastructure in Kaspersky Security Center; false (default) only the database rows.")
            .Returns(Status202Accepted, AcceptedText, example: ApiExamples.QueuedTask)
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "removeTenantArtifacts is neither true nor false.")
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, "The path id is not a GUID.");

        return api;
    }

    /// <summary>Activate and deactivate differ only in route, name and summary: both queue a ChangeTenantActivation task.</summary>
    private static void MapActivation(RouteGroupBuilder tenants, string pattern, Delegate handler, string name, string summary) =>
        tenants.MapPost(pattern, handler)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithName(name).WithSummary(summary)
            .WithDescription("Queues a ChangeTenantActivation task; its result is true. An unknown tenant fails the task with VIRMT_TenantWithSpecifiedIdNotFound.")
            .Describes("tenantId", TenantIdText)
            .Returns(Status202Accepted, AcceptedText, example: ApiExamples.QueuedTask)
            .Fails(Status404NotFound, TenantErrors.NotFoundCode, "The path id is not a GUID.");
}
