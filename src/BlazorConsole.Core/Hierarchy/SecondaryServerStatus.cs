namespace BlazorConsole.Core.Hierarchy;

/// <summary>How a secondary Administration Server is doing, as its primary sees it.</summary>
public enum SecondaryServerStatus
{
    /// <summary>Connected now (KLSRVH_SRV_STATUS 1).</summary>
    Connected,

    /// <summary>Registered but never connected yet: the other side is not configured or not reachable yet.</summary>
    Waiting,

    /// <summary>Connected before, not now.</summary>
    Error,
}
