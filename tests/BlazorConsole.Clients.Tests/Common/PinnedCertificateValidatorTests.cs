using System.Net.Security;
using System.Security.Cryptography;
using BlazorConsole.Clients.Common;
using BlazorConsole.Sandbox.Common;

namespace BlazorConsole.Clients.Tests.Common;

public sealed class PinnedCertificateValidatorTests
{
    [Fact]
    public void Constructor_PinWithSeparatorsAndLowerCase_IsNormalizedAndMatches()
    {
        using var certificate = SandboxCertificate.Create();
        var hex = Convert.ToHexString(SHA256.HashData(certificate.RawData));
        var typed = string.Join(':', hex.Chunk(2).Select(pair => new string(pair))).ToLowerInvariant();

        var validator = new PinnedCertificateValidator(typed);

        Assert.Equal(hex, validator.PinnedThumbprint);
        Assert.True(validator.Validate(this, certificate, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.Equal(CertificateCheckStatus.Accepted, validator.LastCheck.Status);
    }

    [Theory]
    [InlineData("ABCD")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEG")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF00")]
    public void Constructor_PinNotSha256Hex_Throws(string pin) =>
        Assert.Throws<ArgumentException>(() => new PinnedCertificateValidator(pin));

    [Fact]
    public void Validate_NoCertificatePresented_Refuses()
    {
        using var certificate = SandboxCertificate.Create();
        var validator = new PinnedCertificateValidator(Convert.ToHexString(SHA256.HashData(certificate.RawData)));

        Assert.False(validator.Validate(this, null, null, SslPolicyErrors.RemoteCertificateNotAvailable));
        Assert.Equal(CertificateCheckStatus.NoCertificate, validator.LastCheck.Status);
        Assert.Null(validator.LastCheck.Presented);
    }

    [Fact]
    public void Validate_NoPinAndNoPolicyErrors_StillRefuses()
    {
        using var certificate = SandboxCertificate.Create();
        var validator = new PinnedCertificateValidator("");

        Assert.False(validator.Validate(this, certificate, null, SslPolicyErrors.None));
        Assert.Equal(CertificateCheckStatus.NotPinned, validator.LastCheck.Status);
    }

    [Fact]
    public void LastCheck_BeforeAnyHandshake_IsNotChecked()
    {
        var validator = new PinnedCertificateValidator(null);

        Assert.Equal(CertificateCheckStatus.NotChecked, validator.LastCheck.Status);
        Assert.False(validator.LastCheck.IsAccepted);
    }
}
