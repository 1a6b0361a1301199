using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;

namespace BlazorConsole.Web.Tests.Hosting;

/// <summary>What an unexpected fault looks like in Production: a 500 naming a correlation id, never the exception.</summary>
public sealed class ErrorHandlingTests : IDisposable
{
    private readonly ConsoleFactory _factory = new() { Environment = "Production" };

    public void Dispose() => _factory.Dispose();

    private HttpClient BreakTheDatabase()
    {
        var client = _factory.CreateClient();
        File.Delete(_factory.DatabasePath);
        File.WriteAllText(_factory.DatabasePath, "not a database");
        return client;
    }

    [Fact]
    public async Task ApiCall_WhenTheStoreFails_Returns500XmlWithCorrelationIdAndNoExceptionText()
    {
        using var client = BreakTheDatabase();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ConsoleFactory.AdminUserName}:{ConsoleFactory.AdminPassword}")));

        var response = await client.GetAsync("/api/2.0/virtualization/tenants");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var error = XDocument.Parse(body).Root!;
        Assert.Equal("VIRMT_InternalError", error.Element("code")?.Value);
        Assert.Contains("Correlation id", error.Element("message")?.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WhenTheStoreFails_Returns500PageWithCorrelationId()
    {
        using var browser = new AccessClient(_factory.CreateClient(new() { AllowAutoRedirect = false }));
        var form = await (await browser.GetAsync("/signin")).Content.ReadAsStringAsync();
        BreakTheDatabase().Dispose();

        var response = await browser.PostFormAsync("/signin", new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AccessClient.TokenOf(form),
            ["Input.UserName"] = ConsoleFactory.AdminUserName,
            ["Input.Password"] = ConsoleFactory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.Contains("correlation id", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
