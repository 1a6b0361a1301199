using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace BlazorConsole.Web.Tests.Access;

/// <summary>An HTTP client with a small cookie jar of its own and helpers for Basic and the sign-in form.</summary>
public sealed partial class AccessClient(HttpClient client) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public HttpClient Http => client;

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public static string BasicValue(string userName, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));

    public Task<HttpResponseMessage> GetAsync(string path, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(pair[0]);
            }
            else
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    /// <summary>GETs /signin (for the antiforgery cookie and token), then posts the form.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string path = "/signin")
    {
        var form = await (await GetAsync(path)).Content.ReadAsStringAsync();
        return await PostFormAsync(path, new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = TokenOf(form),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    public static string TokenOf(string html) => TokenPattern().Match(html) is { Success: true } match
        ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The page holds no antiforgery token.");

    /// <summary>The redirect target as a path when it stays on the test server, the whole URL when it leaves it.</summary>
    public static string? RedirectTargetOf(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } uri when uri.Host == "localhost" => uri.PathAndQuery,
        { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        var uri => uri.OriginalString,
    };

    public static MediaTypeHeaderValue? ContentTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType;

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
