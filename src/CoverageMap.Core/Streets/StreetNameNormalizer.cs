using System.Text;

namespace CoverageMap.Core.Streets;

/// <summary>
/// Reduces a Polish street name, as documents and people write it, to a canonical key. Stateless, thread-safe.
/// </summary>
/// <remarks>
/// <para>Steps, in order:</para>
/// <list type="number">
/// <item>Fold: lower case, diacritics removed (<c>ł</c>→<c>l</c> too), apostrophes dropped, every other
/// non-letter/digit is a word break (<c>J.R.</c> → <c>j r</c>).</item>
/// <item>Abbreviated words are expanded: <c>Wybrz.</c> → <c>wybrzeże</c>, <c>r.</c> after a year → <c>roku</c>.</item>
/// <item>Leading type words are stripped: <c>ul.</c>, <c>ulica</c>, <c>al.</c>, <c>aleja</c>, <c>aleje</c>,
/// <c>pl.</c>, <c>plac</c>, <c>rondo</c>, <c>skwer</c>, <c>most</c>, <c>park</c>, <c>trasa</c>, … including the
/// genitive forms documents use (<c>ulicy</c>, <c>alei</c>, <c>placu</c>, <c>Trasy</c>). <c>Wybrzeże</c> is never a
/// type: in the register it is part of the name (<c>Ulica Wybrzeże Gdyńskie</c>), so it stays in the key and
/// <c>Wybrzeże Gdyńskie</c> matches with and without <c>ul.</c>.</item>
/// <item>Leading ranks and titles are stripped (<c>gen.</c>/<c>Generała</c>, <c>ks.</c>/<c>Księdza</c>,
/// <c>św.</c>, <c>płk.</c>, <c>kard.</c>, <c>prof.</c>, …, and <c>im.</c>).</item>
/// <item>Leading given names (from a list of genitive forms), initials (<c>J.</c>) and a regnal numeral after
/// them are stripped — but only if a real word (three letters or more, not a numeral) remains; otherwise the
/// given names are the name (<c>Jana Pawła II</c>, <c>Jana Kazimierza</c>, <c>św. Antoniego</c>).</item>
/// <item>Every strip step keeps at least one token, so a name that is only a type or title word stays itself.</item>
/// </list>
/// <para>Explicit rules for the forms the source documents use (and only these):</para>
/// <list type="bullet">
/// <item><b>AK</b>: the core <c>ak</c> means <c>armii krajowej</c>.</item>
/// <item><b>Trasa AK</b>: the expressway runs along al. Armii Krajowej, so <c>Trasa AK</c>, <c>Trasy AK</c>,
/// <c>Trasy Armii Krajowej</c> give key <c>armii krajowej</c> and type <c>aleja</c>.</item>
/// <item><b>Feminine adjective, genitive → nominative</b> (last word): <c>-kiej</c>→<c>-ka</c>
/// (<c>Potockiej</c>→<c>Potocka</c>), <c>-giej</c>→<c>-ga</c>, other <c>-ej</c>→<c>-a</c>
/// (<c>Dolnej</c>→<c>Dolna</c>). Offered as <see cref="NormalizedStreetName.Variants"/>, tried only when the key
/// itself is unknown, because register names keep genitives such as <c>Armii Krajowej</c>.</item>
/// <item><b>Instrumental</b> <c>-ą</c> (<c>Włościańską</c>) needs no rule: folding makes it <c>-a</c>.</item>
/// <item><b>Genitive of Wybrzeże names</b>: <c>Wybrzeża Gdyńskiego</c> → <c>wybrzeze gdynskie</c> (variant).</item>
/// <item><b>Masculine genitive</b> (<c>Słowackiego</c>, <c>Zajączka</c>) is left alone: the register uses it.</item>
/// </list>
/// </remarks>
public static class StreetNameNormalizer
{
    private const char Break = '\0';
    private const char Drop = '\u0001';
    private static readonly char[] FoldTable = BuildFoldTable();

    private static readonly string[] NoStrings = [];

    /// <summary>Folds text: lower case, no diacritics, words separated by single spaces, no punctuation.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        bool pendingBreak = false;
        foreach (var ch in text)
        {
            var f = FoldChar(ch);
            if (f == Drop) continue;
            if (f == Break)
            {
                pendingBreak = n > 0;
                continue;
            }
            if (pendingBreak)
            {
                buffer[n++] = ' ';
                pendingBreak = false;
            }
            buffer[n++] = f;
        }
        return new string(buffer[..n]);
    }

    /// <summary>True when the text contains a letter outside ASCII (a diacritic such as <c>ą</c> or <c>ł</c>).</summary>
    public static bool HasDiacritics(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (ch > 127 && char.IsLetter(ch)) return true;
        return false;
    }

    /// <summary>Normalises a street name. See the type's remarks for the rules.</summary>
    public static NormalizedStreetName Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (StreetNameVocabulary.WordAbbreviations.TryGetValue(tokens[i], out var full)) tokens[i] = full;
            else if (tokens[i] == "r" && i > 0 && char.IsAsciiDigit(tokens[i - 1][^1])) tokens[i] = "roku"; // 1920 r.
        }

        int start = 0;
        string? type = null;
        while (start < tokens.Length - 1 && StreetNameVocabulary.Types.TryGetValue(tokens[start], out var t))
        {
            // "ul. al. X" is rare; the first specific type wins over the generic "ulica".
            if (type is null or "ulica") type = t;
            start++;
        }

        List<string>? titles = null;
        while (start < tokens.Length - 1 && StreetNameVocabulary.Titles.ContainsKey(tokens[start]))
            (titles ??= []).Add(tokens[start++]);

        int coreStart = start;
        while (coreStart < tokens.Length &&
               (StreetNameVocabulary.GivenNames.Contains(tokens[coreStart]) || StreetNameVocabulary.IsInitial(tokens[coreStart])))
            coreStart++;
        if (coreStart > start)
            while (coreStart < tokens.Length && StreetNameVocabulary.IsRomanNumeral(tokens[coreStart])) coreStart++;
        if (!HasRealWord(tokens, coreStart)) coreStart = start;

        string[] givenNames = coreStart > start ? tokens[start..coreStart] : NoStrings;
        string key = string.Join(' ', tokens, coreStart, tokens.Length - coreStart);

        if (StreetNameVocabulary.CoreAliases.TryGetValue(key, out var alias)) key = alias;
        if (type == "trasa" && key == "armii krajowej") type = "aleja";

        return new NormalizedStreetName(key, type, titles?.ToArray() ?? NoStrings, givenNames, DeclensionVariants(key));
    }

    /// <summary>
    /// True when the given names of a query and of a candidate do not contradict: each query name (or initial), in
    /// order, equals a candidate name or is its initial. Missing names on either side never contradict.
    /// </summary>
    public static bool GivenNamesCompatible(IReadOnlyList<string> query, IReadOnlyList<string> candidate)
    {
        if (query.Count == 0 || candidate.Count == 0) return true;
        int j = 0;
        foreach (var q in query)
        {
            while (j < candidate.Count && !SameName(q, candidate[j])) j++;
            if (j == candidate.Count) return false;
            j++;
        }
        return true;
    }

    private static bool SameName(string a, string b) =>
        a == b || (a.Length == 1 && b[0] == a[0]) || (b.Length == 1 && a[0] == b[0]);

    private static bool HasRealWord(string[] tokens, int from)
    {
        for (int i = from; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Length >= 3 && !StreetNameVocabulary.IsRomanNumeral(t) && char.IsLetter(t[0])) return true;
        }
        return false;
    }

    private static string[] DeclensionVariants(string key)
    {
        if (key.Length < 4) return NoStrings;
        var variants = new List<string>(2);
        int lastSpace = key.LastIndexOf(' ');
        string head = key[..(lastSpace + 1)], last = key[(lastSpace + 1)..];
        string? nominative = last switch
        {
            _ when last.EndsWith("kiej", StringComparison.Ordinal) => last[..^4] + "ka",
            _ when last.EndsWith("giej", StringComparison.Ordinal) => last[..^4] + "ga",
            _ when last.EndsWith("ej", StringComparison.Ordinal) && last.Length > 4 => last[..^2] + "a",
            _ => null,
        };
        if (nominative is not null) variants.Add(head + nominative);

        if (key.StartsWith("wybrzeza ", StringComparison.Ordinal) && key.EndsWith("ego", StringComparison.Ordinal))
            variants.Add("wybrzeze " + key["wybrzeza ".Length..^3] + "e");
        return variants.Count == 0 ? NoStrings : variants.ToArray();
    }

    private static char FoldChar(char ch)
    {
        if (ch < FoldTable.Length) return FoldTable[ch];
        if (ch is '\u2019' or '\u2018' or '\u02BC') return Drop;
        return char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : Break;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            if (!char.IsLetterOrDigit(c))
            {
                table[i] = c == '\'' ? Drop : Break;
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(decomposed[0]);
        }
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        return table;
    }
}
