using System.Security.Cryptography;

namespace BlazorConsole.Web.Access;

/// <summary>Strong random passwords from <see cref="RandomNumberGenerator"/>: every character class, no look-alikes.</summary>
internal static class GeneratedPassword
{
    public const int Length = 24;

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!@#%^*+=?~";

    public static string Create()
    {
        const string all = Upper + Lower + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
