using Microsoft.AspNetCore.Components.Forms;

namespace BlazorConsole.Web.Tests.Components.Common;

/// <summary>Hands out a fixed antiforgery token, as the server does for a rendered form.</summary>
public sealed class FakeAntiforgeryStateProvider : AntiforgeryStateProvider
{
    public const string Token = "test-antiforgery-token";

    public const string FieldName = "__RequestVerificationToken";

    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new(Token, FieldName);
}
