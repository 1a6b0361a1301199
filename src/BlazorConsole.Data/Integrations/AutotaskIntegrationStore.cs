using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Integrations;

/// <summary>The integrations, one short-lived context per call.</summary>
internal sealed class AutotaskIntegrationStore(IDbContextFactory<ConsoleDbContext> factory) : IAutotaskIntegrationStore
{
    public async Task<AutotaskIntegration?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.AutotaskIntegrations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<(AutotaskIntegration Integration, int MappedCount)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.AutotaskIntegrations.AsNoTracking()
            .Select(i => new { Integration = i, Mapped = db.CompanyMappings.Count(m => m.IntegrationId == i.Id) })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Integration.Name, StringComparer.OrdinalIgnoreCase).Select(r => (r.Integration, r.Mapped))];
    }

    public async Task AddAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AutotaskIntegrations.Add(integration);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> UpdateAsync(AutotaskIntegration integration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integration);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.AutotaskIntegrations.FirstOrDefaultAsync(i => i.Id == integration.Id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        db.Entry(row).CurrentValues.SetValues(integration);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.AutotaskIntegrations.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
