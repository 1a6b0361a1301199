using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Tests.Ksc;

/// <summary>A reversible "protection" that is visibly not the clear text.</summary>
internal sealed class FakeSecretProtector : ISecretProtector
{
    public string Protect(string secret) => "protected:" + new string(secret.Reverse().ToArray());

    public string Unprotect(string protectedSecret) =>
        new(protectedSecret["protected:".Length..].Reverse().ToArray());
}
