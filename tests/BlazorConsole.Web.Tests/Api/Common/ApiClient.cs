using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Api.Common;

/// <summary>HTTP helpers for REST API v2.0 tests: Basic credentials on every call, XML in and out.</summary>
internal static partial class ApiClient
{
    public const string Prefix = "/api/2.0/virtualization";

    /// <summary>A client that sends <c>Authorization: Basic base64(admin:password)</c> on every call.</summary>
    public static HttpClient CreateApiClient(this ConsoleFactory factory)
    {
        var client = factory.CreateClient();
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ConsoleFactory.AdminUserName}:{ConsoleFactory.AdminPassword}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }

    public static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    public static Task<HttpResponseMessage> PostXmlAsync(this HttpClient client, string path, string xml) =>
        client.PostAsync(Prefix + path, Xml(xml));

    public static Task<HttpResponseMessage> GetApiAsync(this HttpClient client, string path) => client.GetAsync(Prefix + path);

    public static Task<HttpResponseMessage> PostApiAsync(this HttpClient client, string path) => client.PostAsync(Prefix + path, content: null);

    public static async Task<XElement> ReadXmlAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    /// <summary>The VIRMT/KSC code of an error body, checked to be in the documented <c>&lt;error&gt;</c> shape.</summary>
    public static async Task<string> ReadErrorCodeAsync(this HttpResponseMessage response)
    {
        var error = await response.ReadXmlAsync();
        Assert.Equal("error", error.Name.LocalName);
        Assert.False(string.IsNullOrWhiteSpace(error.Element("message")?.Value));
        return error.Element("code")!.Value;
    }

    public static async Task AssertErrorAsync(this HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, await response.ReadErrorCodeAsync());
    }

    public static void AssertWireTime(string? value) => Assert.Matches(WireTimePattern(), value ?? string.Empty);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")]
    private static partial Regex WireTimePattern();
}
