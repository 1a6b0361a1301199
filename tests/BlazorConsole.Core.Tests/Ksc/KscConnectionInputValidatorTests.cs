using BlazorConsole.Core.Common;
using BlazorConsole.Core.Ksc;

namespace BlazorConsole.Core.Tests.Ksc;

public sealed class KscConnectionInputValidatorTests
{
    private readonly KscConnectionInputValidator _validator = new();

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("ksc.example.com")]
    [InlineData("KSC-01.corp.example")]
    [InlineData("a.b")]
    public void Address_IPv4OrFqdn_IsAccepted(string address)
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Address = address), passwordSaved: false));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("192.0.2")]
    [InlineData("192.0.2.010")]
    [InlineData("ksc")]
    [InlineData("-ksc.example.com")]
    [InlineData("ksc..example.com")]
    [InlineData("ksc_1.example.com")]
    [InlineData("https://ksc.example.com")]
    [InlineData("ksc.example.com:13299")]
    public void Address_Malformed_IsRefusedWithTheFormatMessage(string address)
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Address = address), passwordSaved: false));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(nameof(KscConnectionInput.Address), failure.PropertyName);
        Assert.Equal(ErrorCodes.InvalidParameterValue, failure.ErrorCode);
        Assert.StartsWith("Enter an IPv4 address", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Address_Missing_SaysItIsRequired()
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Address = " "), passwordSaved: true));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.MandatoryParameterIsNotSpecified, failure.ErrorCode);
        Assert.Equal("Enter the address of the Administration Server.", failure.ErrorMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    [InlineData(-1)]
    public void Port_OutOfRange_IsRefused(int port)
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Port = port), passwordSaved: false));

        Assert.Equal("The port must be between 1 and 65535.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void Port_Missing_IsRefused()
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Port = null), passwordSaved: false));

        Assert.Equal(ErrorCodes.MandatoryParameterIsNotSpecified, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void UserName_Missing_IsRefused()
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.UserName = ""), passwordSaved: false));

        Assert.Equal("Enter the name of the KSC account.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void Password_BlankWithOneSaved_IsAccepted()
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Password = ""), passwordSaved: true));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Password_BlankWithNoneSaved_IsRequired()
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.Password = ""), passwordSaved: false));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(nameof(KscConnectionInput.Password), failure.PropertyName);
        Assert.Equal("Enter the password of the KSC account.", failure.ErrorMessage);
    }

    [Fact]
    public void Password_BlankValidatedWithoutContext_IsRequired()
    {
        var result = _validator.Validate(Valid(a => a.Password = null));

        Assert.Equal(nameof(KscConnectionInput.Password), Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("192.0.2.20", true)]
    [InlineData("viis.example.com", true)]
    [InlineData("viis", false)]
    [InlineData("192.0.2.256", false)]
    public void IntegrationServerAddress_IsOptionalButMustBeIPv4OrFqdn(string? address, bool valid)
    {
        var result = _validator.Validate(KscConnectionInputValidator.ContextFor(Valid(a => a.IntegrationServerAddress = address), passwordSaved: false));

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("ab:cd:EF:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("abcd ef01 2345 6789 abcd ef01 2345 6789 abcd ef01 2345 6789 abcd ef01 2345 6789", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void Thumbprint_AsViewersShowIt_IsNormalized(string typed, string expected)
    {
        Assert.True(KscThumbprint.TryNormalize(typed, out var thumbprint));
        Assert.Equal(expected, thumbprint);
        Assert.Equal("ABCD EF01 2345 6789 ABCD EF01 2345 6789 ABCD EF01 2345 6789 ABCD EF01 2345 6789", KscThumbprint.Group(thumbprint));
    }

    private static KscConnectionInput Valid(Action<KscConnectionInput> change)
    {
        var input = new KscConnectionInput
        {
            Address = "ksc.example.com",
            Port = KscDefaults.Port,
            UserName = "integration",
            Password = "Ksc-Passw0rd!",
        };
        change(input);
        return input;
    }
}
