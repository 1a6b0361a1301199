namespace BlazorConsole.Core.VirtualMachines;

/// <summary>BIOS IDs are UUIDs, accepted with or without braces and in any case, and compared as UUIDs.</summary>
public static class BiosIds
{
    public static bool TryParse(string? text, out Guid biosId)
    {
        biosId = Guid.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        return (Guid.TryParseExact(trimmed, "D", out biosId) || Guid.TryParseExact(trimmed, "B", out biosId))
            && biosId != Guid.Empty;
    }
}
