using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Hosting;

public sealed class DataProtectionCertificateSourceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "blazorconsole-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private string PfxPath => Path.Combine(_folder, DataProtectionCertificateSource.SelfSignedFileName);

    [Fact]
    public void Load_NoCertificateConfigured_CreatesAnOwnerOnlyRsaCertificateValidForTenYears()
    {
        var certificates = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings(), _folder);

        using var certificate = certificates.Current;
        Assert.True(certificate.HasPrivateKey);
        Assert.NotNull(certificate.GetRSAPrivateKey());
        Assert.Empty(certificates.Previous);
        Assert.True(File.Exists(PfxPath));
        Assert.Equal(_time.GetUtcNow().AddDays(3650).UtcDateTime, certificate.NotAfter.ToUniversalTime(), TimeSpan.FromMinutes(1));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PfxPath));
        }
    }

    [Fact]
    public void Load_SecondStart_ReusesTheFileUnchanged()
    {
        using var first = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings(), _folder).Current;
        var bytes = File.ReadAllBytes(PfxPath);
        _time.Advance(TimeSpan.FromDays(300));

        using var second = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings(), _folder).Current;

        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.Equal(bytes, File.ReadAllBytes(PfxPath));
    }

    [Fact]
    public void Load_CertificateExpired_KeepsItBecauseTheKeyRingNeedsIt()
    {
        using var first = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings(), _folder).Current;
        _time.Advance(TimeSpan.FromDays(3651));

        using var second = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings(), _folder).Current;

        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.True(second.NotAfter.ToUniversalTime() < _time.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task GetOrCreateSelfSigned_SeveralAtOnce_AllGetTheSameCertificate()
    {
        var source = new DataProtectionCertificateSource(_time);

        var certificates = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => source.GetOrCreateSelfSigned(PfxPath))));

        using var onFile = X509CertificateLoader.LoadPkcs12FromFile(PfxPath, password: null);
        Assert.All(certificates, certificate => Assert.Equal(onFile.Thumbprint, certificate.Thumbprint));
        Assert.Single(Directory.GetFiles(_folder));
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }

    [Fact]
    public void Load_ConfiguredPfxWithPassword_UsesItAndKeepsTheEarlierSelfSignedForDecryption()
    {
        using var earlier = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings(), _folder).Current;
        var configured = WritePfx("shared.pfx", "pfx-Passw0rd");

        var certificates = new DataProtectionCertificateSource(_time).Load(
            new DataProtectionSettings { CertificatePath = configured.Path, CertificatePassword = "pfx-Passw0rd" }, _folder);

        Assert.Equal(configured.Thumbprint, certificates.Current.Thumbprint);
        Assert.True(certificates.Current.HasPrivateKey);
        Assert.Equal([earlier.Thumbprint], certificates.Previous.Select(c => c.Thumbprint));
    }

    [Fact]
    public void Load_ConfiguredPfx_CreatesNoSelfSignedCertificate()
    {
        var configured = WritePfx("shared.pfx", password: null);

        var certificates = new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings { CertificatePath = configured.Path }, _folder);

        Assert.Equal(configured.Thumbprint, certificates.Current.Thumbprint);
        Assert.Empty(certificates.Previous);
        Assert.False(File.Exists(PfxPath));
    }

    [Fact]
    public void Load_PreviousCertificatesFromConfiguration_AreLoadedForDecryption()
    {
        var old = WritePfx("old.pfx", "old-Passw0rd");
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DataProtection:PreviousCertificates:0:Path"] = "old.pfx",
                ["DataProtection:PreviousCertificates:0:Password"] = "old-Passw0rd",
            })
            .Build()
            .GetSection(DataProtectionSettings.SectionName)
            .Get<DataProtectionSettings>()!;

        var certificates = new DataProtectionCertificateSource(_time).Load(settings, _folder);

        Assert.Equal([old.Thumbprint], certificates.Previous.Select(c => c.Thumbprint));
        Assert.NotEqual(old.Thumbprint, certificates.Current.Thumbprint);
    }

    [Fact]
    public void Load_ConfiguredPathMissing_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new DataProtectionCertificateSource(_time).Load(new DataProtectionSettings { CertificatePath = "absent.pfx" }, _folder));

        Assert.Contains("DataProtection:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A new RSA certificate as a PFX in the data folder (made in a scratch folder, so no self-signed file is left behind).</summary>
    private (string Path, string Thumbprint) WritePfx(string name, string? password)
    {
        var scratch = $"{_folder}-scratch-{Guid.NewGuid():N}";
        using var certificate = new DataProtectionCertificateSource(_time).GetOrCreateSelfSigned(Path.Combine(scratch, "made.pfx"));
        Directory.Delete(scratch, recursive: true);
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, certificate.Thumbprint);
    }
}
