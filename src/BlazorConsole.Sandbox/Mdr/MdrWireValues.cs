using System.Globalization;

namespace BlazorConsole.Sandbox.Mdr;

/// <summary>How the simulator's values are spelled on the wire.</summary>
public static class MdrWireValues
{
    /// <summary>The role claim of a token.</summary>
    public static string Role(MdrSimulatedRole role) => role switch
    {
        MdrSimulatedRole.Administrator => "administrator",
        MdrSimulatedRole.SeniorSecurityOfficer => "senior_security_officer",
        _ => "security_officer",
    };

    /// <summary><c>LOW</c>, <c>NORMAL</c> or <c>HIGH</c>.</summary>
    public static string Priority(MdrSimulatedPriority priority) => priority.ToString().ToUpperInvariant();

    /// <summary><c>Open</c>, <c>On hold</c>, <c>Resolved</c> or <c>Closed</c>.</summary>
    public static string Status(MdrSimulatedStatus status) => status == MdrSimulatedStatus.OnHold ? "On hold" : status.ToString();

    /// <summary>Reads a priority name (any case); null when unknown.</summary>
    public static MdrSimulatedPriority? ParsePriority(string? text) =>
        Enum.GetValues<MdrSimulatedPriority>().Cast<MdrSimulatedPriority?>().FirstOrDefault(value => string.Equals(Priority(value!.Value), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a status name (any case); null when unknown.</summary>
    public static MdrSimulatedStatus? ParseStatus(string? text) =>
        Enum.GetValues<MdrSimulatedStatus>().Cast<MdrSimulatedStatus?>().FirstOrDefault(value => string.Equals(Status(value!.Value), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Epoch milliseconds.</summary>
    public static long Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
