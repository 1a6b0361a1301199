using System.Security.Claims;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Tenants;

/// <summary>The tenant methods: bind, call <see cref="TenantService"/>, map the result.</summary>
internal static class TenantHandlers
{
    public static IResult List(TenantService tenants) => ApiResults.Ok(async (xml, ct) =>
    {
        await xml.WriteStartElementAsync(null, "tenants", null);
        await foreach (var tenant in tenants.StreamAllAsync(ct))
        {
            await TenantXml.WriteAsync(xml, tenant);
        }

        await xml.WriteEndElementAsync();
    });

    public static async Task<IResult> GetAsync(string tenantId, TenantService tenants, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var id))
        {
            return ApiResults.Problem(UnknownTenant(tenantId));
        }

        var tenant = await tenants.GetAsync(id, cancellationToken);
        return tenant.IsSuccess ? XmlResult.Element(StatusCodes.Status200OK, xml => TenantXml.Write(xml, tenant.Value)) : ApiResults.Problem(tenant.Error);
    }

    public static async Task<IResult> CreateAsync(HttpContext context, TenantService tenants, CancellationToken cancellationToken)
    {
        var body = await XmlBody.ReadElementAsync(context.Request, "tenant", XmlBody.DefaultLimit, cancellationToken);
        if (!body.IsSuccess)
        {
            return ApiResults.Problem(body.Error);
        }

        var task = await tenants.CreateAsync(NewTenantXml.Read(body.Value), Actor(context.User), cancellationToken);
        return task.IsSuccess ? ApiResults.Accepted(context, task.Value) : ApiResults.Problem(task.Error);
    }

    public static Task<IResult> ActivateAsync(string tenantId, HttpContext context, TenantService tenants, CancellationToken cancellationToken) =>
        ChangeActivationAsync(tenantId, true, context, tenants, cancellationToken);

    public static Task<IResult> DeactivateAsync(string tenantId, HttpContext context, TenantService tenants, CancellationToken cancellationToken) =>
        ChangeActivationAsync(tenantId, false, context, tenants, cancellationToken);

    public static async Task<IResult> DeleteAsync(string tenantId, string? removeTenantArtifacts, HttpContext context, TenantService tenants, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var id))
        {
            return ApiResults.Problem(UnknownTenant(tenantId));
        }

        var removeArtifacts = false;
        if (removeTenantArtifacts is not null && !bool.TryParse(removeTenantArtifacts, out removeArtifacts))
        {
            return ApiResults.Problem(Error.Validation(ErrorCodes.InvalidParameterValue, "removeTenantArtifacts must be true or false."));
        }

        var task = await tenants.DeleteAsync(id, removeArtifacts, Actor(context.User), cancellationToken);
        return task.IsSuccess ? ApiResults.Accepted(context, task.Value) : ApiResults.Problem(task.Error);
    }

    /// <summary>A path id that is not a GUID names no tenant (decision: 404, not 400).</summary>
    public static Error UnknownTenant(string tenantId) =>
        Guid.TryParse(tenantId, out var id)
            ? TenantErrors.NotFound(id)
            : Error.NotFound(TenantErrors.NotFoundCode, "A tenant with the specified identifier is not found.");

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "api";

    private static async Task<IResult> ChangeActivationAsync(string tenantId, bool activate, HttpContext context, TenantService tenants, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var id))
        {
            return ApiResults.Problem(UnknownTenant(tenantId));
        }

        var task = await tenants.ChangeActivationAsync(id, activate, Actor(context.User), cancellationToken);
        return task.IsSuccess ? ApiResults.Accepted(context, task.Value) : ApiResults.Problem(task.Error);
    }
}
