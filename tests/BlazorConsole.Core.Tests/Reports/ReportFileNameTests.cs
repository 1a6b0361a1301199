using BlazorConsole.Core.Reports;

namespace BlazorConsole.Core.Tests.Reports;

public sealed class ReportFileNameTests
{
    private static readonly DateTime From = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2026, 3, 1, 6, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void For_ReportOfEveryVm_SaysAllTenants()
    {
        var report = new ProtectionReport { From = From, To = To };

        Assert.Equal("protection-report_all-tenants_20260201T000000-20260301T063000.csv", ReportFileName.For(report));
    }

    [Theory]
    [InlineData("Contoso", "Contoso")]
    [InlineData("Contoso Ltd. / EU", "Contoso_Ltd_EU")]
    [InlineData("../../etc\"passwd", "etc_passwd")]
    [InlineData("Zürich-Nord_1", "Zürich-Nord_1")]
    [InlineData("***", "tenant")]
    public void For_TenantReport_SanitisesTheName(string name, string expected)
    {
        var report = new ProtectionReport { TenantId = Guid.NewGuid(), TenantName = name, From = From, To = To };

        Assert.Equal($"protection-report_{expected}_20260201T000000-20260301T063000.csv", ReportFileName.For(report));
    }
}
