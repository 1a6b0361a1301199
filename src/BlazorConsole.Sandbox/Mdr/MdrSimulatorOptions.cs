namespace BlazorConsole.Sandbox.Mdr;

/// <summary>How an <see cref="MdrSimulator"/> starts and behaves.</summary>
public sealed class MdrSimulatorOptions
{
    /// <summary>Validity of a refresh token issued by hand (<see cref="MdrSimulator.IssueRefreshToken"/>; MDR: 24 hours).</summary>
    public TimeSpan IssuedRefreshTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Validity of the refresh token each exchange returns (MDR: 7 days).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Validity of an access token (MDR: about an hour).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest <c>page_size</c> accepted; larger ones are refused with 400.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Page size of list calls that send none.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>The API connections; null uses <see cref="MdrSeedData.Connections"/>.</summary>
    public IReadOnlyList<MdrApiConnection>? Connections { get; set; }

    /// <summary>Clock of token expiry, incident times, the call log and injected delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
