using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BlazorConsole.Web.Tests.Components.Layout;

/// <summary>A page part with a bug: it throws while rendering.</summary>
public sealed class ThrowingPart : ComponentBase
{
    public const string Detail = "connection string Password=hunter2";

    protected override void BuildRenderTree(RenderTreeBuilder builder) => throw new InvalidOperationException(Detail);
}
