using System.Text;

namespace CoverageMap.Core.Streets;

/// <summary>
/// Reduces a Polish street name, as documents and people write it, to a canonical key. Stateless, thread-safe.
/// </summary>
/// <remarks>
/// <para>Steps, in order:</para>
/// <list type="number">
/// <item>Fold: lower case, diacritics removed (<c>ł</c>→<c>l</c> too), apostrophes (<c>'</c>, <c>’</c>, and the
/// backtick and acute accent people type for one) dropped, every other non-letter/digit is a word break
/// (<c>J.R.</c> → <c>j r</c>).</item>
/// <item>Abbreviated words are expanded: <c>Wybrz.</c>/<c>Wyb.</c> → <c>wybrzeże</c>, <c>r.</c> after a year →
/// <c>roku</c>; an ordinal ending after a number is dropped (<c>1-go Sierpnia</c> → <c>1 sierpnia</c>).</item>
/// <item>Leading type words are stripped: <c>ul.</c>, <c>ulica</c>, <c>al.</c>, <c>aleja</c>, <c>aleje</c>,
/// <c>pl.</c>, <c>plac</c>, <c>rondo</c>, <c>skwer</c>, <c>most</c>, <c>park</c>, <c>trasa</c>, … including the
/// genitive forms documents use (<c>ulicy</c>, <c>alei</c>, <c>placu</c>, <c>Trasy</c>). <c>Wybrzeże</c> is never a
/// type: in the register it is part of the name (<c>Ulica Wybrzeże Gdyńskie</c>), so it stays in the key and
/// <c>Wybrzeże Gdyńskie</c> matches with and without <c>ul.</c>.</item>
/// <item>Leading ranks and titles are stripped (<c>gen.</c>/<c>Generała</c>, <c>ks.</c>/<c>Księdza</c>,
/// <c>św.</c>, <c>płk.</c>, <c>kard.</c>, <c>prof.</c>, …, and <c>im.</c>).</item>
/// <item>Leading given names (from a list of genitive forms), initials (<c>J.</c>, and the two-consonant initials
/// <c>Ch.</c>, <c>Sz.</c>, <c>Cz.</c>, <c>St.</c>, <c>Wł.</c>: a two-letter word without a vowel) and a regnal numeral after
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
/// <item><b>Apostrophe endings</b> of foreign names (<c>Tagore'a</c>, <c>Tagore`a</c> → <c>tagore</c>): the ending
/// after an apostrophe (one to three letters, closing a word of three letters or more) is dropped in a variant.</item>
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
        if (Array.IndexOf(tokens, "go") > 0 || Array.IndexOf(tokens, "ego") > 0) tokens = WithoutOrdinalEndings(tokens);

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
               (StreetNameVocabulary.GivenNames.Contains(tokens[coreStart]) || StreetNameVocabulary.IsAbbreviatedName(tokens[coreStart])))
            coreStart++;
        if (coreStart > start)
            while (coreStart < tokens.Length && StreetNameVocabulary.IsRomanNumeral(tokens[coreStart])) coreStart++;
        if (!HasRealWord(tokens, coreStart)) coreStart = start;

        string[] givenNames = coreStart > start ? tokens[start..coreStart] : NoStrings;
        string key = string.Join(' ', tokens, coreStart, tokens.Length - coreStart);

        if (StreetNameVocabulary.CoreAliases.TryGetValue(key, out var alias)) key = alias;
        if (type == "trasa" && key == "armii krajowej") type = "aleja";

        var variants = DeclensionVariants(key);
        if (name.AsSpan().IndexOfAny(Apostrophes) >= 0 && WithoutApostropheEndings(name) is { } plain)
        {
            var alternative = Normalize(plain);
            variants = [.. variants, .. alternative.KeysToTry().Where(k => k != key && Array.IndexOf(variants, k) < 0)];
        }
        return new NormalizedStreetName(key, type, titles?.ToArray() ?? NoStrings, givenNames, variants);
    }

    /// <summary>
    /// True when the given names of a query and of a candidate do not contradict: the names (or initials) of one
    /// side, in order, each equal a name of the other side or are its initial. Missing names on either side never
    /// contradict (<c>Władysława Stanisława Reymonta</c> fits a register that writes <c>Władysława Reymonta</c>);
    /// a different name does (<c>Jana Zajączka</c> is not <c>Józefa Zajączka</c>).
    /// </summary>
    public static bool GivenNamesCompatible(IReadOnlyList<string> query, IReadOnlyList<string> candidate)
    {
        if (query.Count == 0 || candidate.Count == 0) return true;
        return InOrderWithin(query, candidate) || InOrderWithin(candidate, query);
    }

    /// <summary>True when two given names (or initials) can name the same person: equal, or one is the other's
    /// initial (<c>j</c>/<c>jana</c>, <c>ch</c>/<c>chryzostoma</c>).</summary>
    internal static bool SameName(string a, string b) =>
        a == b || IsInitialOf(a, b) || IsInitialOf(b, a);

    private static bool IsInitialOf(string initial, string name) =>
        initial.Length < name.Length && (initial.Length == 1 || StreetNameVocabulary.IsAbbreviatedName(initial)) &&
        name.StartsWith(initial, StringComparison.Ordinal);

    private static bool InOrderWithin(IReadOnlyList<string> few, IReadOnlyList<string> many)
    {
        int j = 0;
        foreach (var q in few)
        {
            while (j < many.Count && !SameName(q, many[j])) j++;
            if (j == many.Count) return false;
            j++;
        }
        return true;
    }

    private static readonly char[] Apostrophes = ['\'', '`', '\u00B4', '\u2019', '\u2018', '\u02BC'];

    /// <summary><c>Tagore'a</c> → <c>Tagore</c>: drops the ending after an apostrophe that closes a word; null when
    /// there is none.</summary>
    private static string? WithoutApostropheEndings(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool changed = false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (Array.IndexOf(Apostrophes, c) >= 0 && i >= 3 && char.IsLetter(name[i - 1]) && char.IsLetter(name[i - 2]) && char.IsLetter(name[i - 3]))
            {
                int end = i + 1;
                while (end < name.Length && char.IsLetter(name[end])) end++;
                if (end - i - 1 is >= 1 and <= 3)
                {
                    changed = true;
                    i = end - 1;
                    continue;
                }
            }
            sb.Append(c);
        }
        return changed ? sb.ToString() : null;
    }

    /// <summary><c>1 go sierpnia</c> → <c>1 sierpnia</c>.</summary>
    private static string[] WithoutOrdinalEndings(string[] tokens)
    {
        var kept = new List<string>(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
            if (!(tokens[i] is "go" or "ego" && i > 0 && char.IsAsciiDigit(tokens[i - 1][^1]))) kept.Add(tokens[i]);
        return [.. kept];
    }

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
                table[i] = c is '\'' or '`' or '\u00B4' ? Drop : Break;
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
