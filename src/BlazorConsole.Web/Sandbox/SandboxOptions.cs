namespace BlazorConsole.Web.Sandbox;

/// <summary>The local simulators of the external systems (Development only).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Starts the simulators in-process and points the connection forms at them.</summary>
    public bool Enabled { get; set; }
}
