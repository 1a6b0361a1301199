using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Ksc;

/// <summary>An address a server is reached at: a strict IPv4 address or a fully qualified domain name.</summary>
public static class HostAddress
{
    private const int LabelMaxLength = 63;

    /// <summary>True for a dotted-quad IPv4 address or an FQDN such as <c>ksc.example.com</c>.</summary>
    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text) && (Ipv4.IsValid(text) || IsFullyQualifiedDomainName(text));

    /// <summary>
    /// Two or more dot-separated labels of letters, digits and hyphens (1-63 characters, no hyphen at either end),
    /// at most 253 characters, and a top-level label that is not all digits (so a malformed IPv4 address is no name).
    /// </summary>
    public static bool IsFullyQualifiedDomainName(string text)
    {
        if (text.Length > KscConnection.AddressMaxLength)
        {
            return false;
        }

        var labels = text.Split('.');
        if (labels.Length < 2 || labels[^1].All(char.IsAsciiDigit))
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > LabelMaxLength || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
