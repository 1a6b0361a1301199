using System.Net;
using System.Text;
using BlazorConsole.Core.Ksc;
using BlazorConsole.Testing.Ksc;
using BlazorConsole.Web.Tests.Access;
using BlazorConsole.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorConsole.Web.Tests.Ksc;

/// <summary>The whole console on its SQLite file, with a fake KSC behind the connector port.</summary>
public sealed class KscSecretsTests : IDisposable
{
    private const string KscPassword = "Ksc-Cl3ar-Text-Secret!";

    private readonly AccessHost _host = new();
    private readonly FakeKscConnector _connector = new() { Password = KscPassword };

    public KscSecretsTests() =>
        _host.Factory.TestServices.Add(services =>
        {
            services.RemoveAll<IKscConnector>();
            services.AddSingleton<IKscConnector>(_connector);
        });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SavedSettings_PasswordIsInNeitherTheDatabaseFileNorThePageNorTheLog()
    {
        var service = _host.Services.GetRequiredService<KscConnectionService>();
        var input = new KscConnectionInput { Address = "ksc.example.com", UserName = "integration", Password = KscPassword };
        var untrusted = await service.SaveAsync(input, ConsoleFactory.AdminUserName, saveUntested: false, CancellationToken.None);
        var trusted = await service.TrustAsync(input, untrusted.Value!.Probe!.Presented!.Sha256Thumbprint, ConsoleFactory.AdminUserName, CancellationToken.None);
        Assert.True(trusted.Value!.Saved);

        using var client = _host.CreateClient();
        await client.SignInAsync(ConsoleFactory.AdminUserName, ConsoleFactory.AdminPassword);
        var page = await client.GetAsync("/ksc");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ksc.example.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain(KscPassword, html, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Message.Contains(KscPassword, StringComparison.Ordinal)
            || (e.Exception?.Contains(KscPassword, StringComparison.Ordinal) ?? false));
        foreach (var file in new[] { _host.Factory.DatabasePath, _host.Factory.DatabasePath + "-wal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(KscPassword)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(KscPassword)));
        }

        // the row is there, encrypted: the sessions decrypt it for the sign-in
        Assert.True((await _host.Services.GetRequiredService<IKscSessions>().OpenAsync(CancellationToken.None)).IsSuccess);
        Assert.Equal(KscPassword, _connector.Opened[^1].Password);
    }

    [Fact]
    public async Task Sessions_NothingSaved_FailWithServiceNotConfigured()
    {
        var sessions = _host.Services.GetRequiredService<IKscSessions>();

        var result = await sessions.OpenAsync(CancellationToken.None);

        Assert.Equal(KscErrors.ServiceNotConfiguredCode, result.Error!.Code);
        Assert.Empty(_connector.Opened);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
