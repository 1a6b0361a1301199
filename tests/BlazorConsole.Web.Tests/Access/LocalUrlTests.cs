using BlazorConsole.Web.Access;

namespace BlazorConsole.Web.Tests.Access;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/tenants?page=2", true)]
    [InlineData("~/tenants", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("~//evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("tenants", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_Url_AcceptsOnlyPathsOnThisSite(string? url, bool expected) => Assert.Equal(expected, LocalUrl.IsLocal(url));
}
