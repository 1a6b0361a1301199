using System.Text;

namespace BlazorConsole.Core.Ksc;

/// <summary>SHA-256 thumbprints as the product stores them (64 upper-case hex digits) and as people read them.</summary>
public static class KscThumbprint
{
    /// <summary>
    /// Normalizes a thumbprint in any case, with spaces, colons or hyphens between the digits; false when what
    /// remains is not 64 hex digits.
    /// </summary>
    public static bool TryNormalize(string? value, out string thumbprint)
    {
        thumbprint = string.Empty;
        if (value is null)
        {
            return false;
        }

        var digits = new StringBuilder(KscConnection.ThumbprintLength);
        foreach (var character in value)
        {
            if (character is ' ' or ':' or '-')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(character) || digits.Length == KscConnection.ThumbprintLength)
            {
                return false;
            }

            digits.Append(char.ToUpperInvariant(character));
        }

        if (digits.Length != KscConnection.ThumbprintLength)
        {
            return false;
        }

        thumbprint = digits.ToString();
        return true;
    }

    /// <summary>The thumbprint in groups of four digits (<c>AB12 CD34 …</c>), easier to compare by eye.</summary>
    public static string Group(string thumbprint)
    {
        ArgumentNullException.ThrowIfNull(thumbprint);
        var grouped = new StringBuilder(thumbprint.Length + (thumbprint.Length / 4));
        for (var i = 0; i < thumbprint.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(thumbprint[i]);
        }

        return grouped.ToString();
    }
}
