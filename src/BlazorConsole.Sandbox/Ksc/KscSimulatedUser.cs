namespace BlazorConsole.Sandbox.Ksc;

/// <summary>An internal user of the simulated main server (<paramref name="VirtualServerId"/> null) or of a virtual server.</summary>
/// <remarks>The password is kept only to check sign-ins; <see cref="ToString"/> leaves it out.</remarks>
public sealed record KscSimulatedUser(long Id, string Name, long? VirtualServerId, string Password)
{
    public override string ToString() => $"{Name} (#{Id})";
}
