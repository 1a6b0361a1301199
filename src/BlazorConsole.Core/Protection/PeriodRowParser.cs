using BlazorConsole.Core.Common;
using BlazorConsole.Core.VirtualMachines;

namespace BlazorConsole.Core.Protection;

/// <summary>Validates one <c>&lt;period&gt;</c>'s attributes; rows are numbered from 1 in the error message.</summary>
public static class PeriodRowParser
{
    public static Result<IncomingPeriod> Parse(int row, string? biosId, string? vmName, string? start, string? end)
    {
        if (string.IsNullOrWhiteSpace(biosId))
        {
            return ProtectionErrors.Missing(row, "biosId");
        }

        if (!BiosIds.TryParse(biosId, out var id))
        {
            return ProtectionErrors.Invalid(row, "biosId", "a UUID");
        }

        if (string.IsNullOrWhiteSpace(start))
        {
            return ProtectionErrors.Missing(row, "start");
        }

        if (!WireTime.TryParse(start, out var startUtc))
        {
            return ProtectionErrors.Invalid(row, "start", $"a UTC date and time in the format {WireTime.Format}");
        }

        DateTime? endUtc = null;
        if (!string.IsNullOrWhiteSpace(end))
        {
            if (!WireTime.TryParse(end, out var parsedEnd))
            {
                return ProtectionErrors.Invalid(row, "end", $"a UTC date and time in the format {WireTime.Format}");
            }

            if (parsedEnd < startUtc)
            {
                return ProtectionErrors.Invalid(row, "end", "at or after 'start'");
            }

            endUtc = parsedEnd;
        }

        if (vmName is { Length: > ProtectionPeriod.VmNameMaxLength })
        {
            return ProtectionErrors.Invalid(row, "vmName", $"at most {ProtectionPeriod.VmNameMaxLength} characters");
        }

        return new IncomingPeriod(id, string.IsNullOrWhiteSpace(vmName) ? null : vmName, startUtc, endUtc);
    }
}
