using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BlazorConsole.Core.Hierarchy;

namespace BlazorConsole.Core.Tests.Hierarchy;

public sealed class AddSecondaryInputValidatorTests
{
    private readonly AddSecondaryInputValidator _validator = new();

    private static AddSecondaryInput Valid() => new()
    {
        DisplayName = "Branch",
        GroupId = 0,
        SecondaryAddress = "ksc2.example.com",
        UserName = "admin",
        Password = "secret",
        PrimaryAddress = "ksc.example.com",
    };

    [Fact]
    public void Validate_CompleteInput_IsValid() => Assert.True(_validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData("ksc2..example.com")]
    [InlineData("300.1.1.1")]
    [InlineData("ksc2")]
    public void Validate_MalformedSecondaryAddress_NamesTheField(string address)
    {
        var input = Valid();
        input.SecondaryAddress = address;

        var failure = Assert.Single(_validator.Validate(input).Errors);

        Assert.Equal(nameof(AddSecondaryInput.SecondaryAddress), failure.PropertyName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    public void Validate_PrimaryPortOutOfRange_Fails(int port)
    {
        var input = Valid();
        input.PrimaryPort = port;

        var failure = Assert.Single(_validator.Validate(input).Errors);

        Assert.Equal((nameof(AddSecondaryInput.PrimaryPort), "The port must be between 1 and 65535."), (failure.PropertyName, failure.ErrorMessage));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12345a")]
    public void Validate_TwoStepCodeNotSixDigits_Fails(string code)
    {
        var input = Valid();
        input.TwoStepCode = code;

        Assert.Equal(nameof(AddSecondaryInput.TwoStepCode), Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void Validate_FromPrimaryWithoutAddressOrFile_AsksForTheFile()
    {
        var input = new AddSecondaryInput { DisplayName = "Offline", GroupId = 0 };

        var failure = Assert.Single(_validator.Validate(input).Errors);

        Assert.Equal(nameof(AddSecondaryInput.CertificateFile), failure.PropertyName);
    }

    [Fact]
    public void Validate_UnreadableCertificateFile_SaysWhy()
    {
        var input = Valid();
        input.CertificateFile = RandomNumberGenerator.GetBytes(200);
        input.CertificateFileName = "klserver.cer";

        var failure = Assert.Single(_validator.Validate(input).Errors);

        Assert.Contains("not an X.509 certificate", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proxy.example.com")]
    [InlineData("proxy.example.com:0")]
    [InlineData(":3128")]
    public void Validate_ProxyNotHostAndPort_Fails(string proxy)
    {
        var input = Valid();
        input.UseProxy = true;
        input.ProxyAddress = proxy;

        Assert.Equal(nameof(AddSecondaryInput.ProxyAddress), Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void Validate_FromSecondaryWithoutAddress_Fails()
    {
        var input = Valid();
        input.Direction = AddSecondaryDirection.FromSecondary;
        input.SecondaryAddress = " ";

        Assert.Contains(_validator.Validate(input).Errors, failure => failure.PropertyName == nameof(AddSecondaryInput.SecondaryAddress));
    }
}

public sealed class ServerCertificateFileTests
{
    [Fact]
    public void Read_DerAndPem_GiveTheSameThumbprint()
    {
        using var key = ECDsa.Create();
        using var certificate = new CertificateRequest("CN=ksc.example.com", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));

        var der = ServerCertificateFile.Read(certificate.RawData, "klserver.cer");
        var pem = ServerCertificateFile.Read(System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()), "klserver.pem");

        Assert.True(der.IsSuccess && pem.IsSuccess);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(certificate.RawData)), der.Value!.Thumbprint);
        Assert.Equal(der.Value.Thumbprint, pem.Value!.Thumbprint);
        Assert.Equal("CN=ksc.example.com", der.Value.Description.Subject);
    }

    [Theory]
    [InlineData("klserver.exe", 100)]
    [InlineData("klserver.cer", 0)]
    [InlineData("klserver.cer", 70 * 1024)]
    public void Read_WrongTypeEmptyOrTooLarge_IsUnreadable(string name, int size)
    {
        var read = ServerCertificateFile.Read(new byte[size], name);

        Assert.Equal(HierarchyErrors.CertificateFileUnreadableCode, read.Error?.Code);
    }
}
