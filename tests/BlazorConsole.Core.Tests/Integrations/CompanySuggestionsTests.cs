using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class CompanySuggestionsTests
{
    private static readonly Guid Contoso = Guid.NewGuid();
    private static readonly Guid Fabrikam = Guid.NewGuid();
    private static readonly Guid Tailspin = Guid.NewGuid();

    private static readonly AutotaskCompany[] Companies =
    [
        Company(0, "Contoso MSP"),
        Company(175, "Contoso Ltd"),
        Company(176, "Contoso Limited"),
        Company(178, "Fabrikam, Inc."),
        Company(179, "Fabrikam Inc", active: false),
        Company(181, "Tailspin Toys"),
    ];

    [Fact]
    public void Suggest_EqualNames_PicksTheLowestIdAndSaysOthersAreEquallyLikely()
    {
        var suggestions = CompanySuggestions.Suggest([(Contoso, "Contoso")], Companies, []);

        var suggestion = Assert.Single(suggestions);
        Assert.Equal(175, suggestion.CompanyId);
        Assert.Equal(1, suggestion.Confidence);
        Assert.Equal(1, suggestion.Alternatives);
    }

    [Fact]
    public void Suggest_InactiveCompaniesAndTheMspsOwn_AreNeverSuggested()
    {
        var suggestions = CompanySuggestions.Suggest([(Fabrikam, "Fabrikam"), (Contoso, "Contoso MSP")], Companies, []);

        Assert.Equal(178, suggestions.Single(s => s.TenantId == Fabrikam).CompanyId);
        Assert.DoesNotContain(suggestions, s => s.CompanyId is 0 or 179);
    }

    [Fact]
    public void Suggest_ExistingMappings_AreNeverOverwrittenNorTheirCompaniesOffered()
    {
        CompanyMapping[] existing =
        [
            new() { TenantId = Contoso, CompanyId = 181, CompanyName = "Tailspin Toys", MappedBy = "alice" },
        ];

        var suggestions = CompanySuggestions.Suggest([(Contoso, "Contoso"), (Tailspin, "Tailspin Toys")], Companies, existing);

        Assert.DoesNotContain(suggestions, s => s.TenantId == Contoso);
        Assert.DoesNotContain(suggestions, s => s.CompanyId == 181);
    }

    [Fact]
    public void Suggest_TwoTenantsWantingOneCompany_GetDifferentCompanies()
    {
        var second = Guid.NewGuid();

        var suggestions = CompanySuggestions.Suggest([(Contoso, "Contoso"), (second, "Contoso Limited")], Companies, []);

        Assert.Equal(2, suggestions.Count);
        Assert.Equal(2, suggestions.Select(s => s.CompanyId).Distinct().Count());
        Assert.Equal(2, suggestions.Select(s => s.TenantId).Distinct().Count());
    }

    [Fact]
    public void Suggest_NoNameCloseEnough_SuggestsNothing() =>
        Assert.Empty(CompanySuggestions.Suggest([(Guid.NewGuid(), "Humongous Insurance")], Companies, []));

    private static AutotaskCompany Company(long id, string name, bool active = true) =>
        new(id, name, null, 1, active, null, null, null, null, new Dictionary<string, string?>());
}
