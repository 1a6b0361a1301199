namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The three access levels an MDR API connection is created with (seed 002), lowest first.</summary>
public enum MdrRole
{
    /// <summary>"Incident access": read incidents, comment.</summary>
    SecurityOfficer = 0,

    /// <summary>"Incident access, response management, auto-accept settings".</summary>
    SeniorSecurityOfficer = 1,

    /// <summary>"Full access + API and tenants".</summary>
    Administrator = 2,
}
