namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>How the API budget paces requests now.</summary>
public enum AutotaskBudgetState
{
    /// <summary>Well under the threshold: no delay.</summary>
    Normal,

    /// <summary>Past the slow-down share: each request waits a little.</summary>
    Slowed,

    /// <summary>At the pause share: requests wait until the window frees room.</summary>
    Paused,
}
