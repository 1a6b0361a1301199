namespace BlazorConsole.Core.Hierarchy;

/// <summary>What adding a secondary did.</summary>
/// <param name="SecondaryId">The id the primary gave it; null when only the secondary was configured.</param>
/// <param name="SecondaryConfigured">True when the console also wrote the primary's settings on the secondary.</param>
/// <param name="Summary">One sentence for the administrator.</param>
public sealed record AddSecondaryOutcome(long? SecondaryId, bool SecondaryConfigured, string Summary);
