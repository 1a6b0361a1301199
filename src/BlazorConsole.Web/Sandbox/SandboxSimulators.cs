using BlazorConsole.Sandbox.Autotask;
using BlazorConsole.Sandbox.Ksc;
using BlazorConsole.Sandbox.Mdr;

namespace BlazorConsole.Web.Sandbox;

/// <summary>The simulators this process runs (null until started, or when the sandbox is off).</summary>
public sealed class SandboxSimulators
{
    public KscSimulator? Ksc { get; internal set; }

    public AutotaskSimulator? Autotask { get; internal set; }

    public MdrSimulator? Mdr { get; internal set; }
}
