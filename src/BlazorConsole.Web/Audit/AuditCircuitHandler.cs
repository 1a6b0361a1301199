using BlazorConsole.Core.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BlazorConsole.Web.Audit;

/// <summary>
/// Makes the circuit's user the actor of every inbound activity (clicks, form submits), with channel ui, the
/// address the circuit connected from and the circuit id as correlation id.
/// </summary>
internal sealed class AuditCircuitHandler(AuthenticationStateProvider authentication, IHttpContextAccessor http) : CircuitHandler
{
    private readonly string? _address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
    private string? _circuitId;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _circuitId = circuit.Id;
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            using (AuditContextAccessor.Use(AuditActors.From(state.User, AuditChannels.Ui, _address, _circuitId ?? context.Circuit.Id)))
            {
                await next(context);
            }
        };
}
