using System.Globalization;
using System.Text;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Tests.Building;

/// <summary>
/// Test-only stand-in for the real matcher: compares the last word after removing diacritics, case and the
/// abbreviations <c>ul.</c>, <c>al.</c>, <c>gen.</c>, with the few inflected forms the sources use mapped to the
/// nominative (<c>Trasy AK</c> → <c>Armii Krajowej</c>, <c>Potockiej</c> → <c>Potocka</c>,
/// <c>Włościańską</c> → <c>Włościańska</c>). Thread-safe.
/// </summary>
internal sealed class LastWordMatcher : IStreetNameMatcher
{
    public static LastWordMatcher Instance { get; } = new();

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Trasy AK"] = "Armii Krajowej",
        ["Trasa AK"] = "Armii Krajowej",
        ["Potockiej"] = "Potocka",
        ["Włościańską"] = "Włościańska",
    };

    private static readonly string[] Abbreviations = ["ul.", "al.", "gen."];

    public bool Matches(string query, string candidate)
    {
        var q = Aliases.GetValueOrDefault(query.Trim(), query);
        var a = Key(q);
        return a.Length > 0 && a == Key(candidate);
    }

    private static string Key(string name)
    {
        var folded = new StringBuilder();
        foreach (var ch in name.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(ch));
        var words = folded.ToString()
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Abbreviations.Contains(w))
            .ToArray();
        return words.Length == 0 ? "" : words[^1];
    }
}
