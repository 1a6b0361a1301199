using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BlazorConsole.Web.Access;

/// <summary>
/// Makes the signed-in user of a page circuit visible to singletons while the circuit handles an event: Blazor has
/// no HttpContext then, so each inbound activity puts the circuit's user in an async-local for its duration.
/// </summary>
internal sealed class CircuitPrincipal(AuthenticationStateProvider authentication) : CircuitHandler
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Current = new();

    public static ClaimsPrincipal? User => Current.Value;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            Current.Value = (await authentication.GetAuthenticationStateAsync()).User;
            await next(context);
        };
}
