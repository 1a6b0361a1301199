using System.Net;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Hosting;

public sealed class AssetsTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    [Theory]
    [InlineData("/assets/css/console.css", "text/css")]
    [InlineData("/assets/brand/mark.svg", "image/svg+xml")]
    public async Task Get_Asset_Returns200WithBody(string path, string contentType)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownAsset_Returns404()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/assets/css/missing.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
