using BlazorConsole.Clients.Tests.Ksc;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Hierarchy;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Sandbox.Common;

namespace BlazorConsole.Clients.Tests.Hierarchy;

/// <summary>The hierarchy use cases with the real KSC client against two simulators.</summary>
public sealed class HierarchyServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AddFromPrimary_SecondaryReachable_RegistersConfiguresAndConnects()
    {
        await using var bed = await HierarchyTestBed.StartAsync();

        var outcome = ResultAssert.Success(await bed.Service.AddAsync(bed.FromPrimary(), "admin", None));
        var view = ResultAssert.Success(await bed.Service.GetAsync(None));

        Assert.True(outcome.SecondaryConfigured);
        var server = Assert.Single(view.Secondaries);
        Assert.Equal((outcome.SecondaryId, "Branch office", SecondaryServerStatus.Connected), (server.Id, server.DisplayName, server.Status));
        Assert.Equal(HierarchyTestBed.PrimaryHost, view.HostName);
        Assert.Equal("Managed devices", view.GroupName(server.GroupId));
    }

    [Fact]
    public async Task AddFromPrimary_Dmz_PrimaryConnectsToTheSecondaryAddress()
    {
        await using var bed = await HierarchyTestBed.StartAsync();

        ResultAssert.Success(await bed.Service.AddAsync(bed.FromPrimary(dmz: true), "admin", None));

        var server = Assert.Single(ResultAssert.Success(await bed.Service.GetAsync(None)).Secondaries);
        Assert.Equal((true, $"http://{bed.Secondary.Host}:13000", SecondaryServerStatus.Connected), (server.Dmz, server.Address, server.Status));
        Assert.True(bed.Secondary.PrimarySettings!.Passive);
    }

    [Fact]
    public async Task AddFromPrimary_CertificateFileOfAnotherServer_IsRefusedAndNothingChanges()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        using var other = SandboxCertificate.Create("CN=Someone else");
        var input = bed.FromPrimary();
        input.CertificateFile = other.RawData;
        input.CertificateFileName = "klserver.cer";

        var error = ResultAssert.Failure(await bed.Service.AddAsync(input, "admin", None), HierarchyErrors.CertificateMismatchCode);

        Assert.Contains("is not the certificate of the secondary", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Primary.Secondaries);
        Assert.Null(bed.Secondary.PrimarySettings);
    }

    [Fact]
    public async Task AddFromPrimary_WithoutAddress_RegistersTheUploadedCertificateAndWaits()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var input = new AddSecondaryInput
        {
            DisplayName = "Offline branch",
            GroupId = bed.Primary.ManagedDevicesGroupId,
            CertificateFile = System.Text.Encoding.ASCII.GetBytes(bed.Secondary.Certificate.ExportCertificatePem()),
            CertificateFileName = "klserver.pem",
        };

        var outcome = ResultAssert.Success(await bed.Service.AddAsync(input, "admin", None));

        Assert.False(outcome.SecondaryConfigured);
        Assert.Equal(SecondaryServerStatus.Waiting, Assert.Single(ResultAssert.Success(await bed.Service.GetAsync(None)).Secondaries).Status);
        Assert.Equal(bed.Secondary.Certificate.RawData, Assert.Single(bed.Primary.Secondaries).Certificate);
    }

    [Fact]
    public async Task AddFromSecondary_Dmz_ConfiguresTheSecondaryWhichThePrimaryThenReaches()
    {
        await using var bed = await HierarchyTestBed.StartAsync();

        var outcome = ResultAssert.Success(await bed.Service.AddAsync(bed.FromSecondary(dmz: true), "admin", None));

        Assert.Null(outcome.SecondaryId);
        var settings = bed.Secondary.PrimarySettings!;
        Assert.Equal((true, true, HierarchyTestBed.PrimaryHost), (settings.Use, settings.Passive, settings.Address));
        Assert.Equal(bed.Primary.Certificate.RawData, settings.Certificate);
        var server = Assert.Single(ResultAssert.Success(await bed.Service.GetAsync(None)).Secondaries);
        Assert.Equal((true, SecondaryServerStatus.Connected), (server.Dmz, server.Status));
    }

    [Fact]
    public async Task AddFromSecondary_PrimaryCertificateFileIsNotThePrimarys_IsRefused()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var input = bed.FromSecondary();
        input.CertificateFile = bed.Secondary.Certificate.RawData;
        input.CertificateFileName = "klserver.cer";

        ResultAssert.Failure(await bed.Service.AddAsync(input, "admin", None), HierarchyErrors.CertificateMismatchCode);

        Assert.Null(bed.Secondary.PrimarySettings);
    }

    [Fact]
    public async Task Add_AccountWithTwoStepVerification_AsksForTheCodeThenSucceedsWithIt()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var user = bed.Secondary.Options.AdminUserName;
        bed.Secondary.RequireTwoStepVerification(user);
        var input = bed.FromPrimary();

        ResultAssert.Failure(await bed.Service.AddAsync(input, "admin", None), HierarchyErrors.TwoStepCodeRequiredCode);
        Assert.Empty(bed.Primary.Secondaries);
        input.TwoStepCode = bed.Secondary.TwoStepCode(user);
        ResultAssert.Success(await bed.Service.AddAsync(input, "admin", None));

        Assert.Single(bed.Primary.Secondaries);
    }

    [Fact]
    public async Task AddFromPrimary_WritingTheSecondaryFails_RemovesTheRegistrationAgain()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        bed.Secondary.Faults.FailCall("HostGroup.SS_Write");

        ResultAssert.Failure(await bed.Service.AddAsync(bed.FromPrimary(), "admin", None), KscErrors.CallFailedCode);

        Assert.Empty(bed.Primary.Secondaries);
        Assert.Equal(1, bed.Primary.CountCalls("ServerHierarchy.DelServer"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public async Task Add_PortOutOfRange_IsRefusedBeforeAnyCall(int port)
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var input = bed.FromPrimary();
        input.ApiPort = port;

        var error = ResultAssert.Failure(await bed.Service.AddAsync(input, "admin", None), ErrorCodes.InvalidParameterValue);

        Assert.Equal("The port must be between 1 and 65535.", error.Message);
        Assert.Empty(bed.Secondary.Calls);
        Assert.Empty(bed.Primary.Calls);
    }

    [Fact]
    public async Task Remove_Registered_RemovesItFromThePrimary()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        var outcome = ResultAssert.Success(await bed.Service.AddAsync(bed.FromPrimary(), "admin", None));

        ResultAssert.Success(await bed.Service.RemoveAsync(outcome.SecondaryId!.Value, "admin", None));

        Assert.Empty(bed.Primary.Secondaries);
    }

    [Fact]
    public async Task Get_NoKscConnectionSaved_IsServiceNotConfigured()
    {
        await using var bed = await HierarchyTestBed.StartAsync();
        bed.Store.Saved = null;

        ResultAssert.Failure(await bed.Service.GetAsync(None), KscErrors.ServiceNotConfiguredCode);
    }
}
