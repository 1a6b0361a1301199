using BlazorConsole.Clients.Mdr;

namespace BlazorConsole.Clients.Tests.Mdr;

public sealed class MdrClientOptionsTests
{
    private static readonly string Thumbprint = new('A', 64);

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new MdrClientOptionsValidator().Validate(null, new MdrClientOptions()).Succeeded);

    [Fact]
    public void Validate_PinWithAuthority_Succeeds() =>
        Assert.True(new MdrClientOptionsValidator().Validate(null, new MdrClientOptions { PinnedThumbprint = Thumbprint, PinnedAuthority = "127.0.0.1:8443" }).Succeeded);

    [Theory]
    [InlineData("PinnedThumbprint", "abc", "127.0.0.1:8443")]
    [InlineData("PinnedAuthority", null, "127.0.0.1:8443")]
    [InlineData("PinnedAuthority", "AA", null)]
    [InlineData("PinnedAuthority", "AA", "127.0.0.1")]
    [InlineData("PinnedAuthority", "AA", "https://127.0.0.1:8443/")]
    public void Validate_BadPin_FailureNamesTheKey(string key, string? thumbprint, string? authority)
    {
        var options = new MdrClientOptions { PinnedThumbprint = thumbprint == "AA" ? Thumbprint : thumbprint, PinnedAuthority = authority };

        var result = new MdrClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Mdr:{key}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OutOfRangeValues_EachKeyNamed()
    {
        var options = new MdrClientOptions { PageSize = 0, MaxRetries = 11, RequestTimeout = TimeSpan.FromMinutes(10), TotalRequestTimeout = TimeSpan.FromMinutes(5), MaxListItems = 0 };

        var result = new MdrClientOptionsValidator().Validate(null, options);

        foreach (var key in new[] { "Mdr:PageSize", "Mdr:MaxRetries", "Mdr:TotalRequestTimeout", "Mdr:MaxListItems" })
        {
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
