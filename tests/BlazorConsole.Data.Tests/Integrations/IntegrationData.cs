using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Core.Protection;
using BlazorConsole.Data.Tests.Common;

namespace BlazorConsole.Data.Tests.Integrations;

/// <summary>Rows the integration store tests need: an integration and protection periods.</summary>
internal static class IntegrationData
{
    public static async Task<AutotaskIntegration> AddIntegrationAsync(this TestDatabase database, int limit = 3)
    {
        var integration = new AutotaskIntegration
        {
            Id = Guid.NewGuid(),
            Name = AutotaskIntegration.DefaultName,
            UserName = "api@example.com",
            ProtectedSecret = "protected-secret",
            ProtectedIntegrationCode = "protected-code",
            Status = AutotaskIntegrationStatus.Validated,
            ManagedAccountsLimit = limit,
            UpdatedBy = "alice",
            Created = DateTime.UtcNow,
            Updated = DateTime.UtcNow,
        };
        await using var db = database.CreateContext();
        db.AutotaskIntegrations.Add(integration);
        await db.SaveChangesAsync();
        return integration;
    }

    public static async Task AddPeriodAsync(this TestDatabase database, Guid biosId, DateTime start, DateTime? end)
    {
        await using var db = database.CreateContext();
        db.ProtectionPeriods.Add(new ProtectionPeriod { BiosId = biosId, Start = start, End = end, SvmId = "svm-01" });
        await db.SaveChangesAsync();
    }

    public static DateTime Utc(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);
}
