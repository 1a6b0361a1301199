namespace BlazorConsole.Core.Common;

/// <summary>Strict dotted-quad IPv4 (four decimal octets 0-255, no leading zeros), as the seed asks.</summary>
public static class Ipv4
{
    public static bool IsValid(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit))
            {
                return false;
            }

            if (int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
        }

        return true;
    }
}
