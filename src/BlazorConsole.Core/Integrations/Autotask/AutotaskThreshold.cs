namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>The hourly request threshold of the customer database (shared by all its integrations) and its use now.</summary>
/// <param name="RequestLimit">Requests allowed per time frame (10,000 by default).</param>
/// <param name="TimeFrame">Length of the time frame.</param>
/// <param name="CurrentRequestCount">Requests counted in the current time frame, this call included.</param>
public sealed record AutotaskThreshold(int RequestLimit, TimeSpan TimeFrame, int CurrentRequestCount);
