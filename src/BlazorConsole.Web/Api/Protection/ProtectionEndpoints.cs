using System.Globalization;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Web.Access;
using BlazorConsole.Web.Api.Common;
using BlazorConsole.Web.Api.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace BlazorConsole.Web.Api.Protection;

public static class ProtectionEndpoints
{
    public const string Tag = "Protection";

    /// <summary><c>POST /protection-periods</c>: an SVM's batch of protection periods.</summary>
    public static RouteGroupBuilder MapProtectionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/protection-periods", IngestAsync)
            .RequireAuthorization(AccessPolicies.ApiWrite)
            .WithTags(Tag).WithName("IngestProtectionPeriods").WithSummary("Store an SVM's protection periods")
            .WithDescription("This product's own ingestion method (the seed does not say how periods arrive). Idempotent on (biosId, start): "
                + "a repeated batch changes nothing; a later one with the same key and an end closes the open period. end omitted: the VM "
                + "is still connected. Refused while Multitenancy:EnableProtectionReports is false. The whole batch is checked before "
                + "anything is stored; the first bad row is named in the error message.")
            .AcceptsXml(PeriodBatchReader.RootName, "The SVM's batch of periods.", ApiExamples.PeriodBatch, XmlBody.PeriodBatchLimit)
            .Returns(Status200OK, "Stored; the summary counts the periods received, newly inserted, closed and already known.", example: ApiExamples.PeriodSummary)
            .Fails(Status400BadRequest, ErrorCodes.MandatoryParameterIsNotSpecified, "A period lacks biosId or start.")
            .Fails(Status400BadRequest, ErrorCodes.InvalidParameterValue, "biosId is not a UUID, a date is not YYYY-MM-DDThh:mm:ss, end is before start, or a text is over its limit.")
            .Fails(Status409Conflict, ProtectionErrors.ReportsDisabledCode, "Protection reports are disabled (Multitenancy:EnableProtectionReports is false).");
        return api;
    }

    private static async Task<IResult> IngestAsync(HttpRequest request, ProtectionPeriodService service, CancellationToken cancellationToken)
    {
        // refused before the body is read: a disabled server does not parse 64 MiB
        if (!service.IsEnabled)
        {
            return ApiResults.Problem(ProtectionErrors.ReportsDisabled);
        }

        var batch = await PeriodBatchReader.ReadAsync(request, cancellationToken);
        if (!batch.IsSuccess)
        {
            return ApiResults.Problem(batch.Error);
        }

        var stored = await service.IngestAsync(batch.Value.SvmId, batch.Value.Periods, cancellationToken);
        if (!stored.IsSuccess)
        {
            return ApiResults.Problem(stored.Error);
        }

        var summary = stored.Value;
        return ApiResults.Ok(async (xml, _) =>
        {
            await xml.WriteStartElementAsync(null, PeriodBatchReader.RootName, null);
            await xml.WriteAttributeStringAsync(null, "received", null, summary.Received.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "inserted", null, summary.Inserted.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "closed", null, summary.Closed.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "unchanged", null, summary.Unchanged.ToString(CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        });
    }
}
