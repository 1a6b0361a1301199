namespace BlazorConsole.Sandbox.Mdr;

/// <summary>The access level of a simulated API connection (the three levels of MDR, highest first).</summary>
public enum MdrSimulatedRole
{
    /// <summary>"Full access + API and tenants" (<c>administrator</c> in the token).</summary>
    Administrator,

    /// <summary>"Incident access, response management, auto-accept settings" (<c>senior_security_officer</c>).</summary>
    SeniorSecurityOfficer,

    /// <summary>"Incident access" (<c>security_officer</c>): may read incidents and comment, not answer responses.</summary>
    SecurityOfficer,
}
