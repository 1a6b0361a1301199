using BlazorConsole.Core.Access;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Integrations.Autotask;

public sealed partial class AutotaskUsageService
{
    /// <summary>
    /// Approves and pushes a month: each mapped tenant not sent before gets its units set on its contract service
    /// (one adjustment for the difference, none when equal), and a record of what was sent. A tenant sent before is
    /// skipped without calling Autotask; a failed one keeps its record and is tried again by the next push.
    /// </summary>
    public async Task<Result<UsagePushOutcome>> PushAsync(Guid integrationId, UsageMonth month, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!_access.Current.CanAdminister)
        {
            return AccessScopeErrors.AdministratorRequired;
        }

        var integration = await integrations.GetAsync(integrationId, cancellationToken);
        if (integration is null)
        {
            return AutotaskIntegrationErrors.IntegrationNotFound();
        }

        if (Until(month) is null)
        {
            return AutotaskIntegrationErrors.FutureMonth(month);
        }

        // everything sent already: nothing to ask Autotask
        var mapped = await mappings.ListAsync(integrationId, cancellationToken);
        var sent = (await usage.ListPushesAsync(integrationId, month.Start, cancellationToken))
            .Where(p => p.State == AutotaskUsagePushState.Sent)
            .Select(p => p.TenantId)
            .ToHashSet();
        if (mapped.All(m => sent.Contains(m.TenantId)))
        {
            return new UsagePushOutcome(month, [], [.. mapped.Select(m => $"{m.CompanyName}: pushed before")], []);
        }

        var connected = await integrations.ConnectAsync(integrationId, cancellationToken);
        if (!connected.IsSuccess)
        {
            return connected.Error;
        }

        var (saved, client) = connected.Value;
        var preview = await PreviewAsync(saved, client, month, cancellationToken);
        if (!preview.IsSuccess)
        {
            return preview.Error;
        }

        var done = new List<AutotaskUsagePush>();
        var failed = new List<AutotaskUsagePush>();
        var skipped = new List<string>();
        foreach (var line in preview.Value.Lines)
        {
            if (line.IsSent)
            {
                skipped.Add($"{line.TenantName}: pushed before");
                continue;
            }

            if (line.ContractServiceId is not { } contractServiceId || line.ContractId is not { } contractId)
            {
                skipped.Add($"{line.TenantName}: {line.Problem}");
                continue;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var claimed = await usage.ClaimAsync(
                new AutotaskUsagePush
                {
                    IntegrationId = integrationId,
                    TenantId = line.TenantId,
                    Month = month.Start,
                    CompanyId = line.CompanyId,
                    ContractId = contractId,
                    ContractServiceId = contractServiceId,
                    Units = line.Units,
                    VmCount = line.Usage.CountedVms,
                    State = AutotaskUsagePushState.Pending,
                    PushedBy = actor,
                    Created = now,
                },
                now - StalePush,
                cancellationToken);
            if (claimed is null)
            {
                skipped.Add($"{line.TenantName}: pushed before or being pushed now");
                continue;
            }

            // SetContractServiceUnitsAsync reads the units first and sends only the difference, so a retry after a
            // failure never adds the units twice
            var result = await client.SetContractServiceUnitsAsync(contractId, contractServiceId, new DateTimeOffset(month.Start), claimed.Units, cancellationToken);
            claimed.Attempts++;
            claimed.Completed = time.GetUtcNow().UtcDateTime;
            if (result.IsSuccess)
            {
                claimed.State = AutotaskUsagePushState.Sent;
                claimed.PreviousUnits = result.Value.PreviousUnits;
                claimed.Adjusted = result.Value.Adjusted;
                claimed.ErrorCode = null;
                claimed.ErrorMessage = null;
                done.Add(claimed);
            }
            else
            {
                claimed.State = AutotaskUsagePushState.Failed;
                claimed.ErrorCode = result.Error.Code;
                claimed.ErrorMessage = Truncate(result.Error.Message, AutotaskUsagePush.MessageMaxLength);
                failed.Add(claimed);
            }

            await usage.CompleteAsync(claimed, CancellationToken.None);
        }

        return new UsagePushOutcome(month, done, skipped, failed);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
