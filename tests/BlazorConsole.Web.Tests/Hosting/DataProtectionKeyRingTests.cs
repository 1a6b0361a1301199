using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Core.Common;
using BlazorConsole.Data.Common;
using BlazorConsole.Web.Hosting;
using BlazorConsole.Web.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorConsole.Web.Tests.Hosting;

/// <summary>The Data Protection key ring in the database is encrypted with the data protection certificate.</summary>
public sealed class DataProtectionKeyRingTests : IDisposable
{
    private const string Secret = "vksc-Passw0rd-of-a-tenant";

    private readonly string _certificates = Path.Combine(Path.GetTempPath(), "blazorconsole-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Protect_FirstSecret_StoresTheKeyEncryptedWithTheCertificate()
    {
        using var host = new ConsoleFactory();
        host.Services.GetRequiredService<ISecretProtector>().Protect(Secret);

        var keys = await KeyXmlAsync(host);

        var key = Assert.Single(keys);
        Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
        Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(
            Path.Combine(host.DataFolder, DataProtectionCertificateSource.SelfSignedFileName), password: null);
        Assert.Contains(Convert.ToBase64String(certificate.RawData), key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unprotect_SecondHostOnTheSameDatabaseAndDataFolder_ReadsTheSecretWithTheSameCertificate()
    {
        using var first = new ConsoleFactory();
        var protectedSecret = first.Services.GetRequiredService<ISecretProtector>().Protect(Secret);
        var certificateFile = Path.Combine(first.DataFolder, DataProtectionCertificateSource.SelfSignedFileName);
        var certificateBytes = await File.ReadAllBytesAsync(certificateFile);

        using var second = SharingWith(first);
        var unprotected = second.Services.GetRequiredService<ISecretProtector>().Unprotect(protectedSecret);

        Assert.Equal(Secret, unprotected);
        Assert.Equal(certificateBytes, await File.ReadAllBytesAsync(certificateFile));
        Assert.Single(await KeyXmlAsync(second));
    }

    [Fact]
    public async Task Unprotect_SecondHostWithAnotherDataFolder_CannotReadTheKeyRing()
    {
        using var first = new ConsoleFactory();
        var protectedSecret = first.Services.GetRequiredService<ISecretProtector>().Protect(Secret);

        using var second = new ConsoleFactory();
        second.Settings["ConnectionStrings:Console"] = $"Data Source={first.DatabasePath};Pooling=false";
        var protector = second.Services.GetRequiredService<ISecretProtector>();

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(protectedSecret));
        Assert.NotEmpty(await KeyXmlAsync(second));
    }

    [Fact]
    public void Unprotect_ConfiguredCertificateRotatedWithThePreviousOneKept_ReadsOldSecrets()
    {
        var (oldPath, oldPassword) = WriteCertificate("old.pfx");
        var (newPath, newPassword) = WriteCertificate("new.pfx");
        using var first = new ConsoleFactory();
        first.Settings["DataProtection:CertificatePath"] = oldPath;
        first.Settings["DataProtection:CertificatePassword"] = oldPassword;
        var protectedSecret = first.Services.GetRequiredService<ISecretProtector>().Protect(Secret);
        Assert.False(File.Exists(Path.Combine(first.DataFolder, DataProtectionCertificateSource.SelfSignedFileName)));

        using var rotated = SharingWith(first);
        rotated.Settings["DataProtection:CertificatePath"] = newPath;
        rotated.Settings["DataProtection:CertificatePassword"] = newPassword;
        rotated.Settings["DataProtection:PreviousCertificates:0:Path"] = oldPath;
        rotated.Settings["DataProtection:PreviousCertificates:0:Password"] = oldPassword;

        Assert.Equal(Secret, rotated.Services.GetRequiredService<ISecretProtector>().Unprotect(protectedSecret));
    }

    public void Dispose()
    {
        if (Directory.Exists(_certificates))
        {
            Directory.Delete(_certificates, recursive: true);
        }
    }

    private static ConsoleFactory SharingWith(ConsoleFactory first)
    {
        var second = new ConsoleFactory();
        second.Settings["Storage:DataFolder"] = first.DataFolder;
        second.Settings["ConnectionStrings:Console"] = $"Data Source={first.DatabasePath};Pooling=false";
        return second;
    }

    private static async Task<List<string>> KeyXmlAsync(ConsoleFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    /// <summary>An RSA PFX outside any host's data folder, as an operator would provide for several nodes.</summary>
    private (string Path, string Password) WriteCertificate(string name)
    {
        var scratch = Path.Combine(_certificates, Guid.NewGuid().ToString("N"));
        using var certificate = new DataProtectionCertificateSource(new FakeTimeProvider(DateTimeOffset.UtcNow))
            .GetOrCreateSelfSigned(Path.Combine(scratch, "made.pfx"));
        var path = Path.Combine(_certificates, name);
        var password = name + "-Passw0rd";
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }
}
