using System.Globalization;
using System.Text;

namespace BlazorConsole.Sandbox.Ksc;

/// <summary>
/// The LDAP-like search filters of <c>HostGroup.FindGroups</c>: comparisons <c>(attr=value)</c> and <c>(attr&lt;&gt;value)</c>
/// on <c>id</c>, <c>name</c> (case-insensitive) and <c>parentId</c>, with values as numbers or quoted strings
/// (<c>\"</c> and <c>\\</c> escapes), combined with <c>(&amp;…)</c>, <c>(|…)</c> and <c>(!…)</c>. An empty filter matches every group.
/// </summary>
internal sealed class KscGroupFilter
{
    private readonly Func<KscSimulatedGroup, bool> _match;

    private KscGroupFilter(Func<KscSimulatedGroup, bool> match) => _match = match;

    public bool Matches(KscSimulatedGroup group) => _match(group);

    public static KscGroupFilter Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new KscGroupFilter(_ => true);
        }

        var position = 0;
        var match = ParseExpression(filter, ref position);
        SkipSpaces(filter, ref position);
        return position == filter.Length ? new KscGroupFilter(match) : throw Bad(filter);
    }

    private static Func<KscSimulatedGroup, bool> ParseExpression(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        Expect(text, ref position, '(');
        SkipSpaces(text, ref position);
        if (position >= text.Length)
        {
            throw Bad(text);
        }

        Func<KscSimulatedGroup, bool> result;
        switch (text[position])
        {
            case '&' or '|':
                var and = text[position] == '&';
                position++;
                var parts = new List<Func<KscSimulatedGroup, bool>>();
                SkipSpaces(text, ref position);
                while (position < text.Length && text[position] == '(')
                {
                    parts.Add(ParseExpression(text, ref position));
                    SkipSpaces(text, ref position);
                }

                if (parts.Count == 0)
                {
                    throw Bad(text);
                }

                result = and ? group => parts.All(part => part(group)) : group => parts.Any(part => part(group));
                break;
            case '!':
                position++;
                var inner = ParseExpression(text, ref position);
                result = group => !inner(group);
                break;
            default:
                result = ParseComparison(text, ref position);
                break;
        }

        SkipSpaces(text, ref position);
        Expect(text, ref position, ')');
        return result;
    }

    private static Func<KscSimulatedGroup, bool> ParseComparison(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        var attribute = text[start..position];
        SkipSpaces(text, ref position);
        bool negate;
        if (text.AsSpan(position).StartsWith("<>", StringComparison.Ordinal))
        {
            negate = true;
            position += 2;
        }
        else
        {
            Expect(text, ref position, '=');
            negate = false;
        }

        SkipSpaces(text, ref position);
        var value = ParseValue(text, ref position);
        Func<KscSimulatedGroup, bool> compare = attribute switch
        {
            "name" => group => string.Equals(group.Name, value, StringComparison.OrdinalIgnoreCase),
            "id" => ParseNumber(text, value) is var id ? group => group.Id == id : throw Bad(text),
            "parentId" => ParseNumber(text, value) is var parent ? group => group.ParentId == parent : throw Bad(text),
            _ => throw KscPxgException.BadArgument($"Unknown attribute '{attribute}' in filter"),
        };
        return negate ? group => !compare(group) : compare;
    }

    private static string ParseValue(string text, ref int position)
    {
        if (position < text.Length && text[position] == '"')
        {
            position++;
            var value = new StringBuilder();
            while (position < text.Length && text[position] != '"')
            {
                if (text[position] == '\\' && position + 1 < text.Length)
                {
                    position++;
                }

                value.Append(text[position++]);
            }

            Expect(text, ref position, '"');
            return value.ToString();
        }

        var start = position;
        while (position < text.Length && text[position] != ')' && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static long ParseNumber(string text, string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(text);

    private static void Expect(string text, ref int position, char expected)
    {
        if (position >= text.Length || text[position] != expected)
        {
            throw Bad(text);
        }

        position++;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private static KscPxgException Bad(string text) => KscPxgException.BadArgument($"Malformed filter: {text}");
}
