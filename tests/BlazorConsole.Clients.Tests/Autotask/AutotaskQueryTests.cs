using BlazorConsole.Core.Integrations.Autotask;
using BlazorConsole.Sandbox.Autotask;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskQueryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task QueryCompanies_BeginsWith_MatchesNearDuplicatesWhateverTheCase()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var companies = AutotaskAssert.Success(await client.QueryCompaniesAsync([AutotaskFilter.BeginsWith("companyname", "contoso")], None));

        Assert.Equal(["Contoso Ltd", "Contoso Limited", "CONTOSO GmbH"], companies.Select(company => company.CompanyName));
        Assert.Equal(companies.Select(company => company.Id).Order(), companies.Select(company => company.Id));
    }

    [Fact]
    public async Task QueryCompanies_InactiveOnly_ReturnsTheInactiveCompanies()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var companies = AutotaskAssert.Success(await client.QueryCompaniesAsync([AutotaskFilter.Eq("isActive", false)], None));

        Assert.Equal(["Fabrikam Inc", "Wingtip Toys", "Northwind Traders (old)"], companies.Select(company => company.CompanyName));
        Assert.All(companies, company => Assert.False(company.IsActive));
    }

    [Fact]
    public async Task QueryCompanies_NestedOrAndIn_CombineAsAutotaskDoes()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var companies = AutotaskAssert.Success(await client.QueryCompaniesAsync(
            [
                AutotaskFilter.Or(
                    AutotaskFilter.In("id", new long[] { 180, 181 }),
                    AutotaskFilter.And(AutotaskFilter.Contains("companyName", "partners"), AutotaskFilter.Eq("companyType", 3))),
                AutotaskFilter.NotEq("id", 181),
            ],
            None));

        Assert.Equal(["Adventure Works Cycles", "Proseware and Partners"], companies.Select(company => company.CompanyName));
    }

    [Fact]
    public async Task QueryCompanies_UserDefinedField_FiltersOnItAndReturnsIt()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var companies = AutotaskAssert.Success(await client.QueryCompaniesAsync([AutotaskFilter.UserDefined("eq", "Tier", "Gold")], None));

        Assert.Equal(["Contoso Ltd", "Fabrikam, Inc.", "Woodgrove Bank", "Humongous Insurance"], companies.Select(company => company.CompanyName));
        Assert.All(companies, company => Assert.Equal("Gold", company.UserDefinedFields["tier"]));
    }

    [Fact]
    public async Task QueryCompanies_MoreThan500Rows_FollowsNextPageByPostingTheSameBody()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var added = bed.Simulator.AddCompanies(620, "Paging Customer");
        var client = await bed.ConnectAsync();

        var companies = AutotaskAssert.Success(await client.QueryCompaniesAsync([AutotaskFilter.BeginsWith("companyName", "Paging Customer")], None));

        Assert.Equal(added, companies.Select(company => company.Id));
        var first = Assert.Single(bed.Simulator.Calls, call => call.Path == "Companies/query");
        var next = Assert.Single(bed.Simulator.Calls, call => call.Path == "Companies/query/next");
        Assert.Equal("POST", next.Method);
        Assert.Equal(first.Body, next.Body);
        Assert.True(next.SentCredentials);
    }

    [Fact]
    public async Task Query_NextPageOnAnotherHost_IsRefusedAndNoCredentialsGoThere()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        bed.Simulator.AddCompanies(510, "Foreign Link Customer");
        var client = await bed.ConnectAsync();
        bed.Simulator.Faults.NextPageHost = "localhost";

        AutotaskAssert.Failure(await client.QueryCompaniesAsync([AutotaskFilter.BeginsWith("companyName", "Foreign Link")], None), AutotaskErrors.ForeignPageLinkCode);

        Assert.DoesNotContain(bed.Simulator.Calls, call => call.Host == "localhost");
        Assert.Equal(0, bed.Simulator.CountCalls(null, "Companies/query/next"));
    }

    [Fact]
    public async Task Count_ReturnsTheNumberOfMatchingRows()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var count = AutotaskAssert.Success(await client.CountAsync(AutotaskEntities.Companies, [AutotaskFilter.Eq("isActive", true)], None));

        Assert.Equal(AutotaskSeedData.Companies.Count(company => company.IsActive), count);
    }

    [Fact]
    public async Task Query_EmptyFilter_IsRefusedBeforeSending()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();
        bed.Simulator.ClearCalls();

        AutotaskAssert.Failure(await client.QueryCompaniesAsync([], None), AutotaskErrors.InvalidInputCode);

        Assert.Empty(bed.Simulator.Calls);
    }

    [Fact]
    public async Task Query_UnknownField_RejectedWithAutotasksTextAndNotRetried()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var error = AutotaskAssert.Failure(await client.QueryCompaniesAsync([AutotaskFilter.Eq("companyNam", "Contoso")], None), AutotaskErrors.RequestRejectedCode);

        Assert.Contains("companyNam", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.CountCalls("POST", "Companies/query"));
    }

    [Fact]
    public async Task GetCompany_Zero_IsTheMspItself()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var msp = AutotaskAssert.Success(await client.GetCompanyAsync(0, None));

        Assert.Equal(AutotaskSeedData.MspName, msp.CompanyName);
    }

    [Fact]
    public async Task GetCompany_Missing_NotFound()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync();

        var error = AutotaskAssert.Failure(await client.GetCompanyAsync(99_999_999, None), AutotaskErrors.NotFoundCode);

        Assert.Contains("99999999", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.CountCalls("GET", "Companies/99999999"));
    }

    [Fact]
    public async Task QueryTicketNotes_UserWithoutTicketAccess_PermissionDenied()
    {
        await using var bed = await AutotaskTestBed.StartAsync();
        var client = await bed.ConnectAsync(AutotaskTestBed.As(AutotaskSandboxUsers.NoTicketsUserName, AutotaskSandboxUsers.NoTicketsSecret));

        AutotaskAssert.Failure(await client.QueryTicketNotesAsync(128_900, None), AutotaskErrors.PermissionDeniedCode);
    }
}
