using BlazorConsole.Core.VirtualMachines;

namespace BlazorConsole.Core.Tests.VirtualMachines;

public sealed class BiosIdsTests
{
    [Theory]
    [InlineData("4c4c4544-0042-3510-8058-b4c04f4e3232")]
    [InlineData("4C4C4544-0042-3510-8058-B4C04F4E3232")]
    [InlineData("{4c4c4544-0042-3510-8058-b4c04f4e3232}")]
    public void TryParse_UuidForms_AreTheSameId(string text)
    {
        Assert.True(BiosIds.TryParse(text, out var id));
        Assert.Equal(Guid.Parse("4c4c4544-0042-3510-8058-b4c04f4e3232"), id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("VMware-42 1a 2b")]
    [InlineData("4c4c45440042351080588b4c04f4e3232")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void TryParse_NotAUuid_IsRefused(string text) => Assert.False(BiosIds.TryParse(text, out _));
}
