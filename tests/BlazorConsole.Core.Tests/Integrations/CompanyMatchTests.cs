using BlazorConsole.Core.Integrations.Autotask;

namespace BlazorConsole.Core.Tests.Integrations;

public sealed class CompanyMatchTests
{
    [Theory]
    [InlineData("Contoso Ltd", "contoso")]
    [InlineData("CONTOSO GmbH", "contoso")]
    [InlineData("Contoso Limited", "contoso")]
    [InlineData("Fabrikam, Inc.", "fabrikam")]
    [InlineData("Proseware & Partners", "proseware and partners")]
    [InlineData("Margie's Travel", "margies travel")]
    [InlineData("The Phone Company", "phone")]
    [InlineData("Acme Holdings LLC", "acme holdings")]
    [InlineData("Café Zürich AG", "cafe zurich")]
    [InlineData("Ltd", "ltd")]
    public void Normalize_LegalSuffixesCaseAndPunctuation_LeavesTheIdentifyingWords(string name, string expected) =>
        Assert.Equal(expected, CompanyNameNormalizer.Normalize(name));

    [Theory]
    [InlineData("Contoso", "Contoso Ltd")]
    [InlineData("contoso limited", "CONTOSO GmbH")]
    [InlineData("Proseware and Partners", "Proseware & Partners")]
    [InlineData("Fabrikam Inc", "Fabrikam, Inc.")]
    public void Score_SameNormalisedName_IsOne(string tenant, string company) =>
        Assert.Equal(1, CompanyMatch.Score(tenant, company));

    [Fact]
    public void Score_NearName_IsBelowOneButSuggested()
    {
        var score = CompanyMatch.Score("Adventure Works", "Adventure Works Cycles");

        Assert.InRange(score, CompanyMatch.SuggestionThreshold, 0.95);
    }

    [Theory]
    [InlineData("Contoso", "Woodgrove Bank")]
    [InlineData("Tailspin", "Wingtip Toys")]
    [InlineData("", "Contoso")]
    public void Score_UnrelatedOrEmptyName_IsBelowTheThreshold(string tenant, string company) =>
        Assert.True(CompanyMatch.Score(tenant, company) < CompanyMatch.SuggestionThreshold);

    [Fact]
    public void Score_CloserName_ScoresHigher() =>
        Assert.True(CompanyMatch.Score("Wide World", "Wide World Importers") > CompanyMatch.Score("Wide World", "Wingtip Toys"));
}
