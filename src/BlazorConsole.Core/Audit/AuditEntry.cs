using BlazorConsole.Core.Access;

namespace BlazorConsole.Core.Audit;

/// <summary>
/// One recorded change. <see cref="Hash"/> is SHA-256 over <see cref="PreviousHash"/> and the canonical fields
/// (<see cref="AuditChain"/>), so editing, inserting or removing an entry breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorNameMaxLength = 256;
    public const int ActionMaxLength = 64;
    public const int ChannelMaxLength = 16;
    public const int AddressMaxLength = 64;
    public const int CorrelationIdMaxLength = 128;
    public const int TargetTypeMaxLength = 64;
    public const int TargetIdMaxLength = 128;
    public const int TargetNameMaxLength = 256;
    public const int SummaryMaxLength = 2000;
    public const int HashLength = 64;

    /// <summary>The position in the chain, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, whole microseconds (what every provider stores exactly).</summary>
    public DateTime Time { get; set; }

    public ActorKind ActorKind { get; set; }

    public string ActorName { get; set; } = "";

    public string Channel { get; set; } = AuditChannels.System;

    public string? Address { get; set; }

    public string? CorrelationId { get; set; }

    public string Action { get; set; } = "";

    public string TargetType { get; set; } = "";

    public string? TargetId { get; set; }

    public string? TargetName { get; set; }

    /// <summary>A short JSON before/after summary; never a secret.</summary>
    public string? Summary { get; set; }

    public string PreviousHash { get; set; } = AuditChain.Genesis;

    public string Hash { get; set; } = "";
}
