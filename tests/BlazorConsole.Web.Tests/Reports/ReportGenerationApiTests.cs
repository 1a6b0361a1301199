using System.Net;
using System.Xml.Linq;
using BlazorConsole.Core.Reports;
using BlazorConsole.Core.Tenants;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorConsole.Web.Tests.Reports;

public sealed class ReportGenerationApiTests : IDisposable
{
    private readonly ReportConsole _console = new();

    public void Dispose() => _console.Dispose();

    [Fact]
    public async Task Generate_Valid_Returns202CreateTenantReportTaskWithLocation()
    {
        using var response = await _console.Client.PostAsync($"{ReportApi.Prefix}/reports/tenants?from=2026-03-01T00:00:00&to=2026-03-02T00:00:00", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("CreateTenantReport", task.Element("type")!.Value);
        Assert.Equal($"{ReportApi.Prefix}/tasks/{(string)task.Attribute("id")!}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Generate_UnknownTenant_Returns404()
    {
        using var response = await _console.Client.PostAsync($"{ReportApi.Prefix}/reports/tenants?tenantId={Guid.NewGuid()}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(TenantErrors.NotFoundCode, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=yesterday")]
    [InlineData("?to=2026-13-01T00:00:00")]
    [InlineData("?from=2026-03-02T00:00:00&to=2026-03-01T00:00:00")]
    public async Task Generate_BadParameters_Returns400InvalidParameterValue(string query)
    {
        using var response = await _console.Client.PostAsync($"{ReportApi.Prefix}/reports/tenants{query}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("VIRMT_InvalidParameterValue", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTask_TenantReport_WritesOnlyItsVmsRecordsTheReportAndUndoRemovesIt()
    {
        var tenantId = await AddTenantWithVmAsync("Contoso; \"EU\"", Guid.Parse("4c4c4544-0042-3510-8052-b4c04f384e32"));
        using var stored = await ReportApi.PostPeriodsAsync(_console.Client, ReportApi.Batch(
            ReportApi.Period(Guid.Parse("4c4c4544-0042-3510-8052-b4c04f384e32"), "web-01", "2026-02-28T22:00:00"),
            ReportApi.Period(Guid.NewGuid(), "stray", "2026-03-01T01:00:00", "2026-03-01T02:00:00")));
        stored.EnsureSuccessStatusCode();
        using var accepted = await _console.Client.PostAsync($"{ReportApi.Prefix}/reports/tenants?tenantId={tenantId}&from=2026-03-01T00:00:00&to=2026-03-02T00:00:00", null);
        var taskId = ReportApi.TaskIdOf(accepted);

        var (succeeded, _, task) = await ReportApi.RunReportTaskAsync(_console.Factory, taskId);

        Assert.True(succeeded);
        var reportId = Guid.Parse(task.Result!);
        var report = await _console.Factory.Services.GetRequiredService<IProtectionReportStore>().GetAsync(reportId, default);
        Assert.NotNull(report);
        Assert.Equal(1, report.Rows);
        Assert.Equal(report.Created.AddHours(24), report.Expires);
        var path = _console.Factory.Services.GetRequiredService<IReportFileStore>().Find(reportId)!;
        Assert.Equal(Path.Combine(_console.Factory.DataFolder, "reports", $"{reportId}.csv"), path);
        Assert.Equal(
            $"{tenantId};\"Contoso; \"\"EU\"\"\";4c4c4544-0042-3510-8052-b4c04f384e32;web-01;2026-03-01T00:00:00;2026-03-02T00:00:00\r\n",
            await File.ReadAllTextAsync(path));
        Assert.Equal(report.SizeBytes, new FileInfo(path).Length);

        var handler = _console.Factory.Services.GetServices<BlazorConsole.Core.Tasks.ITaskHandler>().Single(h => h.Type == "CreateTenantReport");
        var context = new BlazorConsole.Core.Tasks.TaskContext(task, (_, _) => Task.CompletedTask);
        await handler.Plan(context)[1].UndoAsync!(context, default);

        Assert.False(File.Exists(path));
        Assert.Null(await _console.Factory.Services.GetRequiredService<IProtectionReportStore>().GetAsync(reportId, default));
    }

    [Fact]
    public async Task RunTask_TenantRemovedAfterTheRequest_FailsWithTenantNotFound()
    {
        var held = new HeldWorker();
        held.Factory.Settings["Multitenancy:EnableProtectionReports"] = "true";
        await held.InitializeAsync();
        try
        {
            using var client = ReportApi.CreateClient(held.Factory);
            var tenantId = await AddTenantWithVmAsync(held.Factory, "Doomed", Guid.NewGuid());
            using var accepted = await client.PostAsync($"{ReportApi.Prefix}/reports/tenants?tenantId={tenantId}", null);
            var taskId = ReportApi.TaskIdOf(accepted);
            await using (var db = await held.Factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
            {
                await db.Tenants.Where(t => t.Id == tenantId).ExecuteDeleteAsync();
            }

            held.Release();
            var (succeeded, errorCode, _) = await ReportApi.RunReportTaskAsync(held.Factory, taskId);

            Assert.False(succeeded);
            Assert.Equal(TenantErrors.NotFoundCode, errorCode);
        }
        finally
        {
            await held.DisposeAsync();
        }
    }

    private Task<Guid> AddTenantWithVmAsync(string name, Guid biosId) => AddTenantWithVmAsync(_console.Factory, name, biosId);

    private static async Task<Guid> AddTenantWithVmAsync(ConsoleFactory factory, string name, Guid biosId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, Created = DateTime.UtcNow, Updated = DateTime.UtcNow };
        db.Tenants.Add(tenant);
        db.Entry(tenant).Property("NameKey").CurrentValue = name.ToUpperInvariant();
        db.VirtualMachines.Add(new BlazorConsole.Core.VirtualMachines.VirtualMachine
        {
            Id = Guid.NewGuid(),
            TenantId = tenant.Id,
            BiosId = biosId,
            Name = "registered",
            Created = DateTime.UtcNow,
            Updated = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return tenant.Id;
    }
}
