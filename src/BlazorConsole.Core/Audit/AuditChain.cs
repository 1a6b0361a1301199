using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BlazorConsole.Core.Audit;

/// <summary>The hash chain of the audit log: each entry's hash covers the previous hash and its own canonical fields.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first entry.</summary>
    public static string Genesis { get; } = new('0', AuditEntry.HashLength);

    /// <summary>SHA-256 (lower-case hex) over the previous hash and the entry's fields, each length-prefixed so no two field sets collide.</summary>
    public static string ComputeHash(string previousHash, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder();
        foreach (var field in CanonicalFields(previousHash, entry))
        {
            var value = field ?? "\u2400";
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Truncates a time to whole microseconds in UTC, so that the stored value hashes as it was hashed.</summary>
    public static DateTime Normalize(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }

    private static IEnumerable<string?> CanonicalFields(string previousHash, AuditEntry entry) =>
    [
        previousHash,
        entry.Sequence.ToString(CultureInfo.InvariantCulture),
        entry.Time.Ticks.ToString(CultureInfo.InvariantCulture),
        entry.ActorKind.ToString(),
        entry.ActorName,
        entry.Channel,
        entry.Address,
        entry.CorrelationId,
        entry.Action,
        entry.TargetType,
        entry.TargetId,
        entry.TargetName,
        entry.Summary,
    ];
}
