using BlazorConsole.Clients.Autotask;
using BlazorConsole.Core.Integrations.Autotask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Tests.Autotask;

public sealed class AutotaskClientOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new AutotaskClientOptionsValidator().Validate(null, new AutotaskClientOptions()).Succeeded);
    }

    [Theory]
    [InlineData("DiscoveryAddress", "http://webservices.autotask.net/atservicesrest/")]
    [InlineData("DiscoveryAddress", "https://webservices.autotask.net/atservicesrest")]
    [InlineData("PinnedThumbprint", "not-a-thumbprint")]
    [InlineData("MaxConcurrentRequestsPerEntity", "4")]
    [InlineData("PauseFrom", "0.3")]
    [InlineData("RequestTimeout", "00:00:00")]
    public void AddAutotaskClient_BadSetting_FailsNamingTheKey(string key, string value)
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Autotask:" + key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AutotaskClientOptions>>().Value);

        Assert.Contains("Autotask:" + key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAutotaskClient_RegistersOneConnectorForThePort()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Autotask:DiscoveryAddress"] = "https://127.0.0.1:1/atservicesrest/" });

        var port = provider.GetRequiredService<IAutotaskConnector>();

        Assert.Same(provider.GetRequiredService<AutotaskConnector>(), port);
        Assert.Equal("https://127.0.0.1:1/atservicesrest/", provider.GetRequiredService<IOptions<AutotaskClientOptions>>().Value.DiscoveryAddress);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAutotaskClient();
        return services.BuildServiceProvider();
    }
}
