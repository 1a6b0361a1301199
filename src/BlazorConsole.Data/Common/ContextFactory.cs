using Microsoft.EntityFrameworkCore;

namespace BlazorConsole.Data.Common;

/// <summary>Exposes the provider's pooled factory as a factory of the provider-neutral <see cref="ConsoleDbContext"/>.</summary>
internal sealed class ContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ConsoleDbContext>
    where TContext : ConsoleDbContext
{
    public ConsoleDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ConsoleDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
