using System.Globalization;
using BlazorConsole.Core.Protection;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Protection;

public static class ProtectionEndpoints
{
    /// <summary><c>POST /protection-periods</c>: an SVM's batch of protection periods.</summary>
    public static RouteGroupBuilder MapProtectionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/protection-periods", IngestAsync);
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
