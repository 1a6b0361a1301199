using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class CompanyMappingStatusesTests
{
    private static readonly CompanyMapping Mapping = new() { CompanyId = 175, CompanyName = "Contoso Ltd", MappedBy = "alice" };

    [Fact]
    public void Evaluate_SameActiveCompany_IsOk() =>
        Assert.Equal(CompanyMappingStatus.Ok, CompanyMappingStatuses.Evaluate(Mapping, Company("Contoso Ltd", true)));

    [Fact]
    public void Evaluate_NewName_IsRenamedAndTheWarningNamesBoth()
    {
        var current = Company("Contoso Holdings Ltd", true);

        var status = CompanyMappingStatuses.Evaluate(Mapping, current);

        Assert.Equal(CompanyMappingStatus.Renamed, status);
        var warning = CompanyMappingStatuses.Warning(status, Mapping, current);
        Assert.Contains("Contoso Ltd", warning, StringComparison.Ordinal);
        Assert.Contains("Contoso Holdings Ltd", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Inactive_IsDeactivated() =>
        Assert.Equal(CompanyMappingStatus.Deactivated, CompanyMappingStatuses.Evaluate(Mapping, Company("Contoso Ltd", false)));

    [Fact]
    public void Evaluate_Missing_IsDeleted()
    {
        Assert.Equal(CompanyMappingStatus.Deleted, CompanyMappingStatuses.Evaluate(Mapping, null));
        Assert.Contains("Deleted in Autotask", CompanyMappingStatuses.Warning(CompanyMappingStatus.Deleted, Mapping, null), StringComparison.Ordinal);
    }

    private static AutotaskCompany Company(string name, bool active) =>
        new(175, name, null, 1, active, null, null, null, null, new Dictionary<string, string?>());
}
