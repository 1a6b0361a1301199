using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskPermissionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string, string, AutotaskRight[], AutotaskRight[]> Users => new()
    {
        { AutotaskSandboxUsers.FullUserName, AutotaskSandboxUsers.FullSecret, [], [] },
        {
            AutotaskSandboxUsers.ReadOnlyUserName, AutotaskSandboxUsers.ReadOnlySecret,
            [AutotaskRight.CreateTickets, AutotaskRight.EditTickets, AutotaskRight.AddTicketNotes, AutotaskRight.UpdateContractServices], []
        },
        {
            AutotaskSandboxUsers.NoTicketsUserName, AutotaskSandboxUsers.NoTicketsSecret,
            [AutotaskRight.CreateTickets, AutotaskRight.EditTickets, AutotaskRight.AddTicketNotes], []
        },
        {
            AutotaskSandboxUsers.RestrictedUserName, AutotaskSandboxUsers.RestrictedSecret,
            [], [AutotaskRight.CreateTickets, AutotaskRight.EditTickets, AutotaskRight.AddTicketNotes]
        },
        { AutotaskSandboxUsers.EuropeUserName, AutotaskSandboxUsers.EuropeSecret, [], [] },
    };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Check_SeededUser_ReportsOneLinePerRightWithWhatIsMissing(string userName, string secret, AutotaskRight[] missing, AutotaskRight[] conditional)
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        var report = AutotaskAssert.Success(await bed.Connector.CheckAsync(AutotaskTestBed.As(userName, secret), None));

        Assert.Equal(Enum.GetValues<AutotaskRight>(), report.Lines.Select(line => line.Right));
        Assert.Equal(missing, report.Missing.Select(line => line.Right));
        Assert.Equal(missing.Length == 0, report.AllGranted);
        Assert.Equal(conditional, report.Lines.Where(line => line.Access == AutotaskEntityAccess.Restricted).Select(line => line.Right));
        Assert.All(report.Lines, line =>
        {
            Assert.False(string.IsNullOrWhiteSpace(line.Description));
            Assert.Equal(line.Access == AutotaskEntityAccess.All, line.Remedy.Length == 0);
        });
        Assert.All(report.Missing, line => Assert.Contains(userName, line.Remedy, StringComparison.Ordinal));
        Assert.NotNull(report.Threshold);
    }

    [Fact]
    public async Task Check_EuropeanUser_ReportsItsZone()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        var report = AutotaskAssert.Success(await bed.Connector.CheckAsync(AutotaskTestBed.As(AutotaskSandboxUsers.EuropeUserName, AutotaskSandboxUsers.EuropeSecret), None));

        Assert.Equal(AutotaskSandboxUsers.Europe, report.Zone.Name);
    }

    [Fact]
    public async Task Check_UserOfAnotherVendorsIntegration_UserOrIntegrationCodeRejected()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        AutotaskAssert.Failure(
            await bed.Connector.CheckAsync(AutotaskTestBed.As(AutotaskSandboxUsers.OtherVendorUserName, AutotaskSandboxUsers.OtherVendorSecret), None),
            AutotaskErrors.UserOrIntegrationCodeRejectedCode);
    }

    [Fact]
    public async Task Check_UnknownUser_ZoneNotFound()
    {
        await using var bed = await AutotaskTestBed.StartAsync();

        AutotaskAssert.Failure(await bed.Connector.CheckAsync(AutotaskTestBed.As("typo@northwind-msp.example", "x"), None), AutotaskErrors.ZoneNotFoundCode);
    }
}
