using System.Text;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Tenants;

namespace BlazorConsole.Core.Tests.Tenants;

public sealed class NewTenantValidatorTests
{
    private static readonly NewTenantValidator Validator = new();

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string? FirstCode(NewTenant request)
    {
        var result = Validator.Validate(request);
        return result.IsValid ? null : result.ToError().Code;
    }

    [Fact]
    public void Validate_SimpleTenantWithName_IsValid() =>
        Assert.Null(FirstCode(new NewTenant { Name = "Contoso" }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoName_MandatoryParameterIsNotSpecified(string? name) =>
        Assert.Equal("VIRMT_MandatoryParameterIsNotSpecified", FirstCode(new NewTenant { Name = name }));

    [Fact]
    public void Validate_NameTooLong_InvalidParameterValue() =>
        Assert.Equal("VIRMT_InvalidParameterValue", FirstCode(new NewTenant { Name = new string('a', Tenant.NameMaxLength + 1) }));

    [Theory]
    [InlineData("simple")]
    [InlineData("SIMPLE")]
    [InlineData("Simple")]
    public void Validate_TypeInAnyCase_IsAccepted(string type) =>
        Assert.Null(FirstCode(new NewTenant { Name = "Contoso", Type = type }));

    [Fact]
    public void Validate_UnknownType_InvalidTenantType() =>
        Assert.Equal("VIRMT_InvalidTenantType", FirstCode(new NewTenant { Name = "Contoso", Type = "Partial" }));

    [Fact]
    public void Validate_CompleteWithoutCredentials_VKscCredentialsNotSpecified() =>
        Assert.Equal("VIRMT_VKscCredentialsNotSpecified", FirstCode(new NewTenant { Name = "Contoso", Type = "Complete" }));

    [Fact]
    public void Validate_CompleteWithNameButNoPassword_VKscCredentialsNotSpecified() =>
        Assert.Equal("VIRMT_VKscCredentialsNotSpecified", FirstCode(new NewTenant { Name = "Contoso", Type = "complete", AdminName = "admin" }));

    [Fact]
    public void Validate_PasswordNotBase64_VKscCredentialsNotSpecified() =>
        Assert.Equal("VIRMT_VKscCredentialsNotSpecified", FirstCode(new NewTenant { Name = "Contoso", Type = "Complete", AdminName = "admin", AdminPasswordBase64 = "not base64!" }));

    [Fact]
    public void Validate_CompleteWithCredentials_IsValid() =>
        Assert.Null(FirstCode(new NewTenant { Name = "Contoso", Type = "Complete", AdminName = "admin", AdminPasswordBase64 = Base64("S3cret-pass") }));

    [Fact]
    public void Validate_NoTypeButVKscSection_IsTreatedAsComplete()
    {
        var request = new NewTenant { Name = "Contoso", HasVKsc = true };
        Assert.Equal(TenantType.Complete, TenantTypes.Resolve(request));
        Assert.Equal("VIRMT_VKscCredentialsNotSpecified", FirstCode(request));
    }

    [Fact]
    public void Validate_NoTypeNoVKsc_IsSimple() =>
        Assert.Equal(TenantType.Simple, TenantTypes.Resolve(new NewTenant { Name = "Contoso" }));

    [Fact]
    public void Validate_ExplicitSimpleWithVKsc_StaysSimpleAndValid()
    {
        var request = new NewTenant { Name = "Contoso", Type = "Simple", HasVKsc = true };
        Assert.Equal(TenantType.Simple, TenantTypes.Resolve(request));
        Assert.Null(FirstCode(request));
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("192.168.1.20")]
    public void Validate_Ipv4Address_IsValid(string address) =>
        Assert.Null(FirstCode(new NewTenant { Name = "Contoso", PreferredViisAddress = address }));

    [Theory]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.256")]
    [InlineData("010.0.0.1")]
    [InlineData("viis.example.com")]
    [InlineData("::1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.-4")]
    public void Validate_NotIpv4_InvalidViisAddressFormat(string address) =>
        Assert.Equal("VIRMT_InvalidViisAddressFormat", FirstCode(new NewTenant { Name = "Contoso", PreferredViisAddress = address }));

    [Fact]
    public void TryDecodePassword_Utf8Password_RoundTrips()
    {
        Assert.True(NewTenantValidator.TryDecodePassword(Base64("Pässwörd-1"), out var password));
        Assert.Equal("Pässwörd-1", password);
    }

    [Fact]
    public void TryDecodePassword_InvalidUtf8_IsRefused() =>
        Assert.False(NewTenantValidator.TryDecodePassword(Convert.ToBase64String([0xff, 0xfe, 0xfd]), out _));
}
