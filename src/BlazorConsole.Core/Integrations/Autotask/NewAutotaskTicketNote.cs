namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>A note to add to a ticket (plain text; rich text is not kept by the API).</summary>
public sealed record NewAutotaskTicketNote(long TicketId, string Title, string Description, int NoteType = 1, int Publish = 1)
{
    /// <summary>Longest title Autotask stores.</summary>
    public const int MaxTitleLength = 250;

    /// <summary>Longest description Autotask stores.</summary>
    public const int MaxDescriptionLength = 32000;
}
