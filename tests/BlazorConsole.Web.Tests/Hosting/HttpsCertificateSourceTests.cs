using System.Net;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Web.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Hosting;

public sealed class HttpsCertificateSourceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "blazorconsole-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private string PfxPath => Path.Combine(_folder, HttpsCertificateSource.SelfSignedFileName);

    [Fact]
    public void Load_NoCertificateConfigured_CreatesASelfSignedOneWithPrivateKeyAndNames()
    {
        using var certificate = new HttpsCertificateSource(_time).Load(new ServerOptions(), _folder);

        Assert.True(certificate.HasPrivateKey);
        Assert.True(File.Exists(PfxPath));
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("localhost", names.EnumerateDnsNames());
        Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.Equal(_time.GetUtcNow().AddDays(730).UtcDateTime, certificate.NotAfter.ToUniversalTime(), TimeSpan.FromMinutes(1));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PfxPath));
        }
    }

    [Fact]
    public void Load_SecondStart_ReusesTheSameCertificate()
    {
        using var first = new HttpsCertificateSource(_time).Load(new ServerOptions(), _folder);
        _time.Advance(TimeSpan.FromDays(300));

        using var second = new HttpsCertificateSource(_time).Load(new ServerOptions(), _folder);

        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.True(second.HasPrivateKey);
    }

    [Fact]
    public void Load_CertificateExpired_ReplacesIt()
    {
        using var first = new HttpsCertificateSource(_time).Load(new ServerOptions(), _folder);
        _time.Advance(TimeSpan.FromDays(731));

        using var second = new HttpsCertificateSource(_time).Load(new ServerOptions(), _folder);

        Assert.NotEqual(first.Thumbprint, second.Thumbprint);
        Assert.True(second.NotAfter.ToUniversalTime() > _time.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void Load_ConfiguredPfxWithPassword_UsesIt()
    {
        using var generated = new HttpsCertificateSource(_time).Load(new ServerOptions(), Path.Combine(_folder, "other"));
        var configured = Path.Combine(_folder, "mine.pfx");
        File.WriteAllBytes(configured, generated.Export(X509ContentType.Pfx, "pfx-Passw0rd"));

        using var loaded = new HttpsCertificateSource(_time).Load(
            new ServerOptions { CertificatePath = configured, CertificatePassword = "pfx-Passw0rd" }, _folder);

        Assert.Equal(generated.Thumbprint, loaded.Thumbprint);
        Assert.True(loaded.HasPrivateKey);
        Assert.False(File.Exists(PfxPath));
    }

    [Fact]
    public void Load_ConfiguredPathMissing_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new HttpsCertificateSource(_time).Load(new ServerOptions { CertificatePath = "absent.pfx" }, _folder));

        Assert.Contains("Server:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
