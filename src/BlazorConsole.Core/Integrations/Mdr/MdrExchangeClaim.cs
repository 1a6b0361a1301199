namespace BlazorConsole.Core.Integrations.Mdr;

/// <summary>The answer of <see cref="IMdrConnectionStore.TryClaimExchangeAsync"/>.</summary>
public enum MdrExchangeClaim
{
    /// <summary>The caller holds the claim: it alone may spend the stored refresh token until the lease ends.</summary>
    Claimed = 0,

    /// <summary>Claimed, but an earlier claim had lapsed without its exchange being stored: the token may be spent already.</summary>
    ClaimedAfterUnfinished = 1,

    /// <summary>Another caller holds an unexpired claim.</summary>
    Busy = 2,

    /// <summary>The stored tokens are no longer the expected version (someone stored a newer pair); read them again.</summary>
    VersionChanged = 3,

    /// <summary>The connection no longer exists.</summary>
    NotFound = 4,
}
