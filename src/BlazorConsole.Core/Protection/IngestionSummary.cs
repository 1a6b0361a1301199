namespace BlazorConsole.Core.Protection;

/// <summary>What a batch did: rows received, new periods inserted, open periods closed, rows that changed nothing.</summary>
public sealed record IngestionSummary(int Received, int Inserted, int Closed, int Unchanged);
