namespace BlazorConsole.Sandbox.Ksc;

/// <summary>A proxy of the simulated network: <c>address:port</c> and the credentials it accepts.</summary>
/// <remarks><see cref="ToString"/> leaves the password out.</remarks>
public sealed record KscSimulatedProxy(string Address, string UserName, string Password)
{
    public override string ToString() => $"{UserName}@{Address}";
}
