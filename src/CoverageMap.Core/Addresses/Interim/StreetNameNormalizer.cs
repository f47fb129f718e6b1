using System.Globalization;
using System.Text;

namespace CoverageMap.Core.Addresses.Interim;

/// <summary>
/// INTERIM stand-in for the <c>StreetNameNormalizer</c> of the <c>names</c> branch, replaced when it is merged.
/// Turns a street name into a comparison key: lower case, without diacritics, punctuation and the street-type
/// prefix (<c>ul.</c>, <c>al.</c>, <c>pl.</c>). Stateless and thread-safe.
/// </summary>
public static class StreetNameNormalizer
{
    private static readonly string[] Prefixes = ["ulica ", "ul ", "aleja ", "aleje ", "al ", "plac ", "pl ", "osiedle ", "os "];

    /// <summary>The key of a street name; empty for a blank name.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        var key = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var p in Prefixes)
            if (key.StartsWith(p, StringComparison.Ordinal)) { key = key[p.Length..]; break; }
        return key;
    }
}
