using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Descriptions;

/// <summary>
/// Reads the sentence in which a partnership (or a school, or a neighbourhood page) delimits its area — „Zasięgiem
/// działania obejmuje rejon ograniczony ulicami: Broniewskiego/Krasińskiego/Powązkowska/ al. Armii Krajowej” — and
/// yields the bounding streets in order, each resolved against the street register with how sure the match is, and
/// the extras („w tym Park Kaskada”). Stateless and thread-safe; no I/O; never throws for any text.
/// </summary>
/// <remarks>
/// <para><b>Where the list is.</b> After the first colon whose lead-in speaks of streets or bounds (<c>ulicami:</c>,
/// <c>w obszarze ulic:</c>, <c>granice wyznaczają:</c>); without one, after the word <c>ulicami</c>/<c>ulic</c>/<c>ulice</c>;
/// without that, the whole text is the list. The delimiting clause (<see cref="BoundaryDescription.SourceText"/>) starts
/// after the last dash or <c>obejmuje</c> before the lead-in (<c>rejon ograniczony ulicami: …</c>). The list ends at a
/// full stop, <c>!</c>, <c>?</c> or a line break — not at the dot of an abbreviation (<c>al.</c>, <c>Gen.</c>, <c>J.</c>)
/// and not inside parentheses.</para>
/// <para><b>Separators.</b> <c>/</c>, <c>,</c>, <c>;</c> and the words <c>i</c>, <c>oraz</c> and the <c>a</c> of
/// <c>między X a Y</c>. From <c>w tym</c>, <c>wraz z</c>, <c>łącznie z</c> on, items are extras; so is an unmatched item
/// whose first word names a feature (<c>Park …</c>, <c>Skwer …</c>).</para>
/// <para><b>Matching.</b> Each street goes to <see cref="StreetRegister.Resolve"/> as written (narrowed to the given
/// district when several streets share the name). When nothing fits, the last word is tried in the nominative
/// (<c>-ę</c>, <c>-y</c>, <c>-i</c> → <c>-a</c>; <c>-ich</c>/<c>-imi</c> → <c>-ie</c>; <c>-ym</c> → <c>-ego</c>),
/// oblique type words (<c>alejami</c>, <c>placem</c>) are read as types, and a leading <c>od</c>/<c>do</c>/<c>wzdłuż</c>
/// or a landmark before <c>wzdłuż</c> is set aside as a qualifier. A side in parentheses (<c>(północ)</c>) is a
/// qualifier too. Confidence: see <see cref="StreetMatchConfidence"/>.</para>
/// </remarks>
public static class BoundaryDescriptionParser
{
    /// <summary>The longest description read; anything beyond is ignored.</summary>
    public const int MaxLength = 10_000;

    private const int MaxSuggestions = 5;

    private static readonly string[] ExtraLeads = ["w tym", "wraz z", "wraz ze", "łącznie z", "łącznie ze", "razem z", "włącznie z"];

    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "ulicami", "ulic", "ulice", "ulicach", "ulicy", "ulica", "granice", "granica", "granicami", "ograniczony", "ograniczona",
        "ograniczone", "ograniczonym", "obszarze", "obszar", "rejon", "rejonie", "obejmuje", "wyznaczaja", "wyznacza", "miedzy", "pomiedzy",
    };

    private static readonly string[] StreetWords = ["ulicami", "ulic", "ulice", "ulicach", "ulicą"];

    private static readonly Dictionary<string, string> ObliqueTypes = new(StringComparer.Ordinal)
    {
        ["alejami"] = "al.", ["alejach"] = "al.", ["placem"] = "pl.", ["rondem"] = "rondo", ["ulicami"] = "ul.", ["ulice"] = "ul.",
        ["skwerem"] = "skwer", ["mostem"] = "most", ["bulwarem"] = "bulwar",
    };

    private static readonly (string From, string To)[] CaseEndings =
    [
        ("skimi", "skie"), ("ckimi", "ckie"), ("imi", "ie"), ("ymi", "e"), ("skich", "skie"), ("ckich", "ckie"), ("ich", "ie"),
        ("ych", "e"), ("ę", "a"), ("e", "a"), ("y", "a"), ("i", "a"), ("im", "iego"), ("ym", "ego"),
    ];

    private static readonly string[] Prepositions = ["od", "do", "aż do", "wzdłuż", "między", "pomiędzy", "przez"];

    private static readonly Dictionary<string, string> FeatureKinds = new(StringComparer.Ordinal)
    {
        ["park"] = "park", ["parku"] = "park", ["skwer"] = "skwer", ["skweru"] = "skwer", ["osiedle"] = "osiedle", ["osiedla"] = "osiedle",
        ["os"] = "osiedle", ["ogrod"] = "ogród", ["ogrody"] = "ogród", ["ogrodki"] = "ogród", ["ogrodek"] = "ogród", ["las"] = "las",
        ["lasek"] = "las", ["staw"] = "staw", ["stawy"] = "staw", ["zielen"] = "zieleń", ["teren"] = "teren", ["tereny"] = "teren",
        ["cmentarz"] = "cmentarz", ["fort"] = "fort", ["kopiec"] = "kopiec", ["plac"] = "plac", ["pl"] = "plac",
    };

    /// <summary>Parses a description and resolves its streets.</summary>
    /// <param name="description">The text as pasted: a whole paragraph or just the list.</param>
    /// <param name="register">The official street register.</param>
    /// <param name="district">The partnership's district, which chooses among same-named streets; optional.</param>
    public static BoundaryDescription Parse(string description, StreetRegister register, string? district = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(register);
        // Every white space but the line break as a plain space (pages copy no-break spaces with their text); the
        // length is kept, so offsets still point into the description.
        var text = string.Create(Math.Min(description.Length, MaxLength), description, static (span, d) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = d[i] != '\n' && char.IsWhiteSpace(d[i]) ? ' ' : d[i];
        });
        var (clauseStart, listStart) = FindList(text);
        int listEnd = FindListEnd(text, listStart);
        var source = BoundaryDescription.SingleSpaced(text[clauseStart..listEnd]).TrimEnd('.', ',', ';', '/', ' ');

        var streets = new List<DescribedStreet>();
        var extras = new List<DescribedExtra>();
        bool extrasMode = false;
        foreach (var item in JoinNamesWithAnd(text, SplitItems(text, listStart, listEnd), register, district))
        {
            var (start, written) = (item.Start, item.Text);
            if (StartsWithExtraLead(written, out int leadLength))
            {
                extrasMode = true;
                (start, written) = TrimmedFrom(text, start + leadLength, item.Start + item.Text.Length);
            }
            else if (IndexOfExtraLead(written) is var (at, length) && at > 0)
            {
                var (s0, w0) = TrimmedFrom(text, start, start + at);
                if (w0.Length > 0) streets.Add(Resolve(w0, s0, item.Separator, register, district));
                extrasMode = true;
                (start, written) = TrimmedFrom(text, start + at + length, item.Start + item.Text.Length);
            }
            if (written.Length == 0) continue;
            if (extrasMode)
            {
                extras.Add(new DescribedExtra(written, FeatureKind(written) ?? "feature", start));
                continue;
            }
            var street = Resolve(written, start, item.Separator, register, district);
            if (street.Confidence == StreetMatchConfidence.Unmatched && street.Written.Length > 0 && char.IsLower(street.Written[0]) && streets.Count > 0)
                break; // prose after the list („…, blisko metra”): street names start with a capital or a type word
            if (street.Written.Length == 0) continue;
            if (street.Confidence == StreetMatchConfidence.Unmatched && FeatureKind(written) is { } kind)
                extras.Add(new DescribedExtra(written, kind, start));
            else
                streets.Add(street);
        }
        return new BoundaryDescription(source, streets, extras);
    }

    /// <summary>Joins two items that „i” separated when together they name a street and apart they do not
    /// (<c>Żwirki i Wigury</c>).</summary>
    private static List<Item> JoinNamesWithAnd(string text, List<Item> items, StreetRegister register, string? district)
    {
        var joined = new List<Item>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            while (i + 1 < items.Count && items[i + 1].Separator is DescriptionSeparator.And or DescriptionSeparator.AlsoAnd)
            {
                var next = items[i + 1];
                var both = text[item.Start..(next.Start + next.Text.Length)];
                // Only a whole name (not a surname found alone) joins: „Żwirki i Wigury”, never „Słowackiego i Krasińskiego”.
                if (TryResolve(both, register, district) is not { Resolution.Match: not StreetMatchKind.PartialName }) break;
                item = item with { Text = both };
                i++;
            }
            joined.Add(item);
        }
        return joined;
    }

    /// <summary>One street item: the qualifier in parentheses set aside, then the register asked.</summary>
    private static DescribedStreet Resolve(string written, int start, DescriptionSeparator separator, StreetRegister register, string? district)
    {
        string? qualifier = null;
        int open = written.IndexOf('(');
        if (open >= 0)
        {
            int close = written.IndexOf(')', open + 1);
            qualifier = (close > open ? written[(open + 1)..close] : written[(open + 1)..]).Trim();
            if (qualifier.Length == 0) qualifier = null;
            // The street is the part before the parentheses, or when there is none, the part after them.
            int from = 0, to = open;
            if (written[..open].Trim().Length == 0) (from, to) = (close > open ? close + 1 : written.Length, written.Length);
            while (from < to && char.IsWhiteSpace(written[from])) from++;
            while (to > from && char.IsWhiteSpace(written[to - 1])) to--;
            start += from;
            written = written[from..to];
            if (written.Length == 0) return new DescribedStreet(written, start, separator, StreetMatchConfidence.Unmatched, null, [], [], qualifier);
        }

        var found = TryResolve(written, register, district);
        if (found is null)
        {
            // A landmark or a preposition before the street („skarpa wiślana wzdłuż Puławskiej”, „od Wisłostrady”).
            foreach (var (cut, lead) in QualifierCuts(written))
            {
                var rest = written[cut..].Trim();
                if (rest.Length == 0) continue;
                if (TryResolve(rest, register, district) is { } r)
                {
                    qualifier = qualifier is null ? lead : lead + " (" + qualifier + ")";
                    start += written.IndexOf(rest, cut, StringComparison.Ordinal);
                    written = rest;
                    found = r;
                    break;
                }
            }
        }
        if (found is not { } match)
        {
            var suggestions = register.Resolve(ForRegister(written), null).Suggestions
                .Select(s => s.Street).DistinctBy(s => s.Id).Take(MaxSuggestions).ToList();
            return new DescribedStreet(written, start, separator, StreetMatchConfidence.Unmatched, null, [], suggestions, qualifier);
        }
        var (resolution, viaEnding) = match;
        if (resolution.Status == StreetResolutionStatus.Ambiguous)
            return new DescribedStreet(written, start, separator, StreetMatchConfidence.Ambiguous, null, resolution.Candidates, [], qualifier);
        var street = resolution.Street!;
        return new DescribedStreet(written, start, separator, Confidence(written, street, resolution.Match, viaEnding), street, [], [], qualifier);
    }

    /// <summary>The register's answer for the name as written, else for its last word in the nominative; null when neither fits.</summary>
    private static (StreetResolution Resolution, bool ViaEnding)? TryResolve(string written, StreetRegister register, string? district)
    {
        var name = ForRegister(written);
        if (StreetNameNormalizer.Normalize(name).Key.Length == 0) return null;
        var r = register.TryResolve(name, district, null, out _);
        if (r is { Status: not StreetResolutionStatus.NotFound }) return (r, false);
        foreach (var variant in EndingVariants(name))
        {
            var v = register.TryResolve(variant, district, null, out _);
            if (v is { Status: not StreetResolutionStatus.NotFound }) return (v, true);
        }
        return null;
    }

    private static StreetMatchConfidence Confidence(string written, RegisteredStreet street, StreetMatchKind kind, bool viaEnding)
    {
        var confidence = StreetMatchConfidence.Exact;
        if (kind == StreetMatchKind.Inflected || viaEnding || SurfaceInflected(written, street)) confidence = StreetMatchConfidence.Inflected;
        if (kind == StreetMatchKind.PartialName || HasAbbreviation(written)) confidence = StreetMatchConfidence.Abbreviation;
        return confidence;
    }

    /// <summary>True when the written last word ends in <c>-ą</c>/<c>-ę</c> where the street's does not: the accusative or
    /// instrumental, which folding alone cannot see (<c>Włościańską</c> folds like <c>Włościańska</c>).</summary>
    private static bool SurfaceInflected(string written, RegisteredStreet street)
    {
        var last = LastWord(written);
        var official = LastWord(street.FullName);
        if (last.Length == 0 || official.Length == 0) return false;
        return last[^1] is 'ą' or 'ę' && official[^1] is not ('ą' or 'ę');
    }

    /// <summary>An abbreviated rank or title (<c>Gen.</c>, <c>płk</c>, <c>ks.</c>), an initial, a word abbreviation
    /// (<c>Wybrz.</c>) or an abbreviated core (<c>AK</c>, <c>KEN</c>); abbreviated types (<c>al.</c>, <c>ul.</c>) do not count.</summary>
    private static bool HasAbbreviation(string written)
    {
        var tokens = StreetNameNormalizer.Fold(written).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (StreetNameVocabulary.CoreAliases.ContainsKey(t) || StreetNameVocabulary.WordAbbreviations.ContainsKey(t)) return true;
            if (StreetNameVocabulary.Titles.TryGetValue(t, out var abbreviation) && StreetNameNormalizer.Fold(abbreviation) == t && t != "dr") return true;
            if (i < tokens.Length - 1 && StreetNameVocabulary.IsAbbreviatedName(t) && !StreetNameVocabulary.Types.ContainsKey(t)) return true;
        }
        return false;
    }

    /// <summary>The name with an oblique type word read as the type (<c>Alejami Jerozolimskimi</c> → <c>al. Jerozolimskimi</c>).</summary>
    private static string ForRegister(string written)
    {
        int space = written.IndexOf(' ');
        if (space <= 0) return written;
        var first = StreetNameNormalizer.Fold(written.AsSpan(0, space));
        return ObliqueTypes.TryGetValue(first, out var type) ? type + written[space..] : written;
    }

    private static IEnumerable<string> EndingVariants(string name)
    {
        var trimmed = name.TrimEnd();
        int wordStart = trimmed.LastIndexOf(' ') + 1;
        var word = trimmed[wordStart..];
        if (word.Length < 4) yield break;
        var lower = word.ToLowerInvariant();
        foreach (var (from, to) in CaseEndings)
            if (lower.EndsWith(from, StringComparison.Ordinal) && lower.Length - from.Length >= 3)
                yield return trimmed[..wordStart] + word[..^from.Length] + to;
    }

    /// <summary>Where a qualifier may end: after a leading preposition, or after „wzdłuż” inside the item.</summary>
    private static IEnumerable<(int Cut, string Lead)> QualifierCuts(string written)
    {
        foreach (var p in Prepositions)
            if (written.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)) yield return (p.Length + 1, written[..p.Length]);
        int along = written.IndexOf(" wzdłuż ", StringComparison.OrdinalIgnoreCase);
        if (along > 0) yield return (along + " wzdłuż ".Length, written[..(along + " wzdłuż".Length)].Trim());
    }

    private static string? FeatureKind(string written)
    {
        int space = written.IndexOf(' ');
        if (space <= 0) return null;
        return FeatureKinds.GetValueOrDefault(StreetNameNormalizer.Fold(written.AsSpan(0, space)));
    }

    private static string LastWord(string text)
    {
        int end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }

    private static bool StartsWithExtraLead(string item, out int length)
    {
        foreach (var lead in ExtraLeads)
            if (item.StartsWith(lead + " ", StringComparison.OrdinalIgnoreCase))
            {
                length = lead.Length + 1;
                return true;
            }
        length = 0;
        return false;
    }

    private static (int At, int Length)? IndexOfExtraLead(string item)
    {
        foreach (var lead in ExtraLeads)
        {
            int at = item.IndexOf(" " + lead + " ", StringComparison.OrdinalIgnoreCase);
            if (at > 0) return (at + 1, lead.Length + 1);
        }
        return null;
    }

    private static (int Start, string Text) TrimmedFrom(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] is '.' && !IsAbbreviationDot(text, to - 1))) to--;
        return (from, text[from..to]);
    }

    /// <summary>The clause start and the list start (see the remarks).</summary>
    private static (int ClauseStart, int ListStart) FindList(string text)
    {
        int sentenceStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (IsSentenceEnd(text, i)) sentenceStart = i + 1;
            if (text[i] != ':') continue;
            var before = text[sentenceStart..i];
            var words = StreetNameNormalizer.Fold(before).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(LeadWords.Contains)) return (ClauseStart(text, sentenceStart, i), i + 1);
        }
        var folded = text.ToLowerInvariant();
        foreach (var word in StreetWords)
        {
            int at = IndexOfWord(folded, word);
            if (at < 0) continue;
            int s = 0;
            for (int i = 0; i < at; i++) if (IsSentenceEnd(text, i)) s = i + 1;
            int list = at + word.Length;
            while (list < text.Length && (char.IsWhiteSpace(text[list]) || text[list] == ':')) list++;
            return (ClauseStart(text, s, at), list);
        }
        int colon = text.IndexOf(':');
        return colon >= 0 ? (0, colon + 1) : (0, 0);
    }

    /// <summary>After the last dash or „obejmuje” between the sentence's start and the lead-in.</summary>
    private static int ClauseStart(string text, int sentenceStart, int lead)
    {
        int start = sentenceStart;
        foreach (var dash in new[] { " – ", " — ", " - " })
        {
            int at = text.LastIndexOf(dash, Math.Max(sentenceStart, lead - 1), Math.Max(0, lead - sentenceStart), StringComparison.Ordinal);
            if (at >= 0) start = Math.Max(start, at + dash.Length);
        }
        var lower = text.ToLowerInvariant();
        int covers = lower.LastIndexOf("obejmuje ", Math.Max(sentenceStart, lead - 1), Math.Max(0, lead - sentenceStart), StringComparison.Ordinal);
        if (covers >= 0) start = Math.Max(start, covers + "obejmuje ".Length);
        while (start < lead && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    private static int FindListEnd(string text, int from)
    {
        int depth = 0;
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && IsSentenceEnd(text, i)) return i;
            else if (c == '\n' && !EndsWithSeparator(text, from, i)) return i;
        }
        return text.Length;
    }

    private static bool EndsWithSeparator(string text, int from, int at)
    {
        var before = text[from..at].TrimEnd();
        if (before.Length == 0) return true;
        return before[^1] is ',' or '/' or ';' or ':' || before.EndsWith(" i", StringComparison.Ordinal) || before.EndsWith(" oraz", StringComparison.Ordinal);
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        char c = text[i];
        if (c is '!' or '?') return true;
        if (c != '.') return false;
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '”' or '»' or ')')) return false;
        return !IsAbbreviationDot(text, i);
    }

    /// <summary>A dot after an abbreviation (<c>al.</c>, <c>Gen.</c>, <c>św.</c>), an initial or a number (<c>1920 r.</c>).</summary>
    private static bool IsAbbreviationDot(string text, int dot)
    {
        int start = dot;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        if (start == dot) return false;
        var word = StreetNameNormalizer.Fold(text.AsSpan(start, dot - start));
        if (word.Length == 1) return char.IsLetter(word[0]);
        if (char.IsAsciiDigit(word[0])) return false;
        if (StreetNameVocabulary.IsAbbreviatedName(word)) return true;
        return StreetNameVocabulary.Types.ContainsKey(word) && word.Length <= 4 ||
               StreetNameVocabulary.Titles.TryGetValue(word, out var abbreviation) && StreetNameNormalizer.Fold(abbreviation) == word ||
               StreetNameVocabulary.WordAbbreviations.ContainsKey(word);
    }

    private static int IndexOfWord(string lower, string word)
    {
        for (int at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool startOk = at == 0 || !char.IsLetter(lower[at - 1]);
            bool endOk = at + word.Length == lower.Length || !char.IsLetter(lower[at + word.Length]);
            if (startOk && endOk) return at;
        }
        return -1;
    }

    private readonly record struct Item(int Start, string Text, DescriptionSeparator Separator);

    /// <summary>The list's items with what stood before each (see the remarks for the separators).</summary>
    private static List<Item> SplitItems(string text, int from, int to)
    {
        var items = new List<Item>();
        var separator = DescriptionSeparator.None;
        int depth = 0, itemStart = from;
        void Close(int end, DescriptionSeparator next)
        {
            var (s, t) = TrimmedFrom(text, itemStart, end);
            if (t.Length > 0) items.Add(new Item(s, t, separator));
            separator = next;
        }
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            if (depth > 0) continue;
            if (c is '/' or ',' or ';')
            {
                Close(i, c == '/' ? DescriptionSeparator.Slash : DescriptionSeparator.Comma);
                itemStart = i + 1;
                continue;
            }
            if (char.IsWhiteSpace(c) && WordSeparatorAt(text, i + 1, to) is var (kind, length) && length > 0)
            {
                Close(i, kind);
                itemStart = i + 1 + length;
                i = itemStart - 1;
            }
        }
        Close(to, DescriptionSeparator.None);
        return items;
    }

    /// <summary>„i”, „oraz” or „a” as a whole lower-case word followed by a space.</summary>
    private static (DescriptionSeparator Kind, int Length) WordSeparatorAt(string text, int at, int to)
    {
        foreach (var (word, kind) in new[] { ("i", DescriptionSeparator.And), ("oraz", DescriptionSeparator.AlsoAnd), ("a", DescriptionSeparator.Between) })
        {
            int end = at + word.Length;
            if (end < to && string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && char.IsWhiteSpace(text[end])) return (kind, word.Length);
        }
        return (DescriptionSeparator.None, 0);
    }
}
