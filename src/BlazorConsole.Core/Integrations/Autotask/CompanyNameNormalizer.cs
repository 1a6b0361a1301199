using System.Globalization;
using System.Text;

namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// Reduces a company or tenant name to what identifies it: lower case, accents and punctuation dropped, <c>&amp;</c> read
/// as "and", a leading "the" and trailing legal suffixes (Ltd, Limited, GmbH, Inc, LLC, Corp…) removed.
/// </summary>
public static class CompanyNameNormalizer
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "ltd", "limited", "gmbh", "inc", "incorporated", "llc", "llp", "lp", "corp", "corporation", "co", "company",
        "plc", "ag", "sa", "sas", "sarl", "srl", "bv", "nv", "pty", "kg", "oy", "ab", "as", "spa", "pte", "kk",
    };

    /// <summary>The normalised words of <paramref name="name"/>, joined by single spaces.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
