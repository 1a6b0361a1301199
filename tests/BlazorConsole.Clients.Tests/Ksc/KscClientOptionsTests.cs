using BlazorConsole.Clients.Ksc;
using BlazorConsole.Core.Ksc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorConsole.Clients.Tests.Ksc;

public sealed class KscClientOptionsTests
{
    [Fact]
    public void AddKscClient_Defaults_ResolvesConnectorWithTenAndThirtySeconds()
    {
        using var provider = Build([]);

        Assert.IsType<KscConnector>(provider.GetRequiredService<IKscConnector>());
        var options = provider.GetRequiredService<IOptions<KscClientOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
    }

    [Fact]
    public void AddKscClient_ConfiguredValues_AreBound()
    {
        using var provider = Build(new() { ["Ksc:ConnectTimeout"] = "00:00:03", ["Ksc:MaxRetries"] = "0" });

        var options = provider.GetRequiredService<IOptions<KscClientOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(3), options.ConnectTimeout);
        Assert.Equal(0, options.MaxRetries);
    }

    [Theory]
    [InlineData("Ksc:RequestTimeout", "00:00:00", "Ksc:RequestTimeout")]
    [InlineData("Ksc:TotalRequestTimeout", "00:00:05", "Ksc:TotalRequestTimeout")]
    [InlineData("Ksc:MaxRetries", "-1", "Ksc:MaxRetries")]
    [InlineData("Ksc:RetryDelay", "-00:00:01", "Ksc:RetryDelay")]
    public void AddKscClient_BadValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var provider = Build(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KscClientOptions>>().Value);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddKscClient();
        return services.BuildServiceProvider();
    }
}
