namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>How alike a tenant's name and a company's name are.</summary>
public static class CompanyMatch
{
    /// <summary>Suggestions below this confidence are not offered.</summary>
    public const double SuggestionThreshold = 0.6;

    /// <summary>
    /// 1 when the normalised names are equal; otherwise the Sørensen–Dice coefficient of their letter pairs (spaces
    /// ignored), scaled to at most 0.95 so that only equal names score 1. 0 when either name is empty.
    /// </summary>
    public static double Score(string? tenantName, string? companyName)
    {
        var left = CompanyNameNormalizer.Normalize(tenantName);
        var right = CompanyNameNormalizer.Normalize(companyName);
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        if (left == right)
        {
            return 1;
        }

        var a = Pairs(left.Replace(" ", string.Empty, StringComparison.Ordinal));
        var b = Pairs(right.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var remaining = new List<string>(b);
        var common = 0;
        foreach (var pair in a)
        {
            var index = remaining.IndexOf(pair);
            if (index >= 0)
            {
                common++;
                remaining.RemoveAt(index);
            }
        }

        return Math.Round(0.95 * 2.0 * common / (a.Count + b.Count), 2);
    }

    private static List<string> Pairs(string text) =>
        [.. Enumerable.Range(0, Math.Max(0, text.Length - 1)).Select(i => text.Substring(i, 2))];
}
