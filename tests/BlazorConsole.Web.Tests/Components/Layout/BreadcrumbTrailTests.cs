using BlazorConsole.Web.Components.Layout;

namespace BlazorConsole.Web.Tests.Components.Layout;

public sealed class BreadcrumbTrailTests
{
    [Theory]
    [InlineData("", "Console|Tenants")]
    [InlineData("tenants?q=acme", "Console|Tenants")]
    [InlineData("reports", "Console|Reports")]
    [InlineData("reference/api", "Console|API reference")]
    [InlineData("tenants/6f1c2d3e-aaaa-bbbb-cccc-000000000000", "Console|Tenants|Tenant 6f1c2d3e")]
    public void For_Path_NamesEachLevel(string path, string expected)
    {
        Assert.Equal(expected.Split('|'), BreadcrumbTrail.For(path).Select(i => i.Text));
    }

    [Fact]
    public void For_AnyPath_OnlyTheLastCrumbIsTheCurrentPage()
    {
        var trail = BreadcrumbTrail.For("tasks/abc");

        Assert.True(trail[^1].Disabled);
        Assert.All(trail.SkipLast(1), c => Assert.False(c.Disabled));
        Assert.Equal("/tasks", trail[1].Href);
    }
}
