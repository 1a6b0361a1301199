using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Clients.Common;

namespace BlazorConsole.Clients.Tests.Common;

public sealed class CertificateIdentityTests
{
    private static readonly DateTimeOffset NotBefore = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset NotAfter = new(2027, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void From_CertificateIssuedByCa_ReadsEveryField()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Example Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(NotBefore.AddYears(-1), NotAfter.AddYears(1));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=ksc.example.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("ksc.example.test");
        names.AddDnsName("ksc");
        names.AddIpAddress(IPAddress.Parse("10.0.0.5"));
        names.AddIpAddress(IPAddress.Parse("fd00::5"));
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.Create(ca, NotBefore, NotAfter, [1, 2, 3, 4]);

        var identity = CertificateIdentity.From(certificate);

        Assert.Equal("CN=ksc.example.test", identity.Subject);
        Assert.Equal("CN=Example Test CA", identity.Issuer);
        Assert.Equal(NotBefore, identity.NotBefore);
        Assert.Equal(NotAfter, identity.NotAfter);
        Assert.Equal(TimeSpan.Zero, identity.NotBefore.Offset);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(certificate.RawData)), identity.Sha256Thumbprint);
        Assert.Matches("^[0-9A-F]{64}$", identity.Sha256Thumbprint);
        Assert.Equal(["ksc.example.test", "ksc"], identity.DnsNames);
        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("fd00::5")], identity.IpAddresses);
    }

    [Fact]
    public void From_SelfSignedCertificateWithoutAlternativeNames_HasEmptyNameLists()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=klserver", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(NotBefore, NotAfter);

        var identity = CertificateIdentity.From(certificate);

        Assert.Equal(identity.Subject, identity.Issuer);
        Assert.Empty(identity.DnsNames);
        Assert.Empty(identity.IpAddresses);
    }
}
