using System.Text;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// The credentials of a <c>KSCBasic</c> Authorization header:
/// <c>KSCBasic user="&lt;base64 utf-8&gt;", pass="&lt;base64 utf-8&gt;", internal="1"</c> (optionally <c>domain="…"</c>).
/// </summary>
internal sealed record KscBasicCredentials(string UserName, string Password, bool Internal)
{
    private const string Scheme = "KSCBasic";

    public override string ToString() => UserName;

    /// <summary>Parses the header; null when it is missing or malformed (the caller answers 401).</summary>
    public static KscBasicCredentials? Parse(string? header)
    {
        if (header is null || !header.StartsWith(Scheme + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = header.AsSpan(Scheme.Length + 1);
        while (true)
        {
            rest = rest.TrimStart(" ,");
            if (rest.IsEmpty)
            {
                break;
            }

            var equals = rest.IndexOf("=\"", StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            var name = rest[..equals].Trim().ToString();
            rest = rest[(equals + 2)..];
            var close = rest.IndexOf('"');
            if (close < 0)
            {
                return null;
            }

            fields[name] = rest[..close].ToString();
            rest = rest[(close + 1)..];
        }

        if (!fields.TryGetValue("user", out var user) || !fields.TryGetValue("pass", out var pass))
        {
            return null;
        }

        var userName = DecodeBase64(user);
        var password = DecodeBase64(pass);
        if (string.IsNullOrEmpty(userName) || password is null)
        {
            return null;
        }

        return new KscBasicCredentials(userName, password, fields.TryGetValue("internal", out var isInternal) && isInternal == "1");
    }

    /// <summary>Decodes base64 UTF-8 text; null when it is not base64.</summary>
    public static string? DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
