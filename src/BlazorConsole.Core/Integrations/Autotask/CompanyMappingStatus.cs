namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>How a mapped company looks in Autotask now, compared with when it was mapped.</summary>
public enum CompanyMappingStatus
{
    /// <summary>Active, with the name it had when mapped.</summary>
    Ok,

    /// <summary>Its name changed in Autotask.</summary>
    Renamed,

    /// <summary>It was deactivated in Autotask.</summary>
    Deactivated,

    /// <summary>Autotask no longer has it.</summary>
    Deleted,

    /// <summary>Autotask could not be asked (the status is unknown).</summary>
    Unknown,
}
